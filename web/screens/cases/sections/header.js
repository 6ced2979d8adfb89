/**
 * The case file's header: reference, label, state and current status, the
 * facts of the man or group, who works on it (take it, assign someone), and
 * the triage decisions (accept into open work, close) or reopening.
 */
import { html, useState } from '/vendor/htm-preact.js';
import { api } from '../../../lib/api.js';
import { formatDate, t } from '../../../lib/i18n.js';
import { ErrorBox } from '../../../lib/ui.js';
import { useRegions } from '../../intake/regions.js';
import { formatInstant, StateBadge, StatusBadge, useAction } from '../common.js';

function Facts({ file }) {
  const regions = useRegions();
  const rows = [
    ['cases.personName', file.personName],
    ['cases.birthDate', file.birthDate && formatDate(file.birthDate)],
    ['cases.unit', file.unit],
    ['cases.lastContactOn', file.lastContactOn && formatDate(file.lastContactOn)],
    ['cases.region', regions.name(file.region)],
    ['cases.groupSize', file.groupSize],
    ['cases.origin', t(`caseOrigin.${file.origin}`)],
    ['cases.opened', formatInstant(file.createdAt)],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  return html`<dl class="case-facts">${rows.map(([k, v]) => html`<dt>${t(k)}</dt><dd>${v}</dd>`)}</dl>`;
}

function Assignees({ file, user, users, run }) {
  const ids = file.assignees.map((a) => a.userId);
  const [pick, setPick] = useState('');
  const put = (userIds) =>
    run(() => api(`/api/cases/${file.id}/assignees`, { method: 'PUT', body: { userIds } }));
  const others = users.items.filter((u) => !ids.includes(u.userId));
  return html`<div class="assignees">
    <span>${t('cases.assignees')}:</span>
    ${
      file.assignees.length === 0
        ? html`<span class="meta">${t('cases.unassigned')}</span>`
        : html`<ul class="inline-list" aria-label=${t('cases.assignees')}>${file.assignees.map(
            (a) =>
              html`<li>${a.username} <button type="button" class="link" onClick=${() => put(ids.filter((x) => x !== a.userId))}>${t('cases.unassign', { name: a.username })}</button></li>`,
          )}</ul>`
    }
    ${user && !ids.includes(user.id) ? html`<button type="button" id="take-case" onClick=${() => put([...ids, user.id])}>${t('cases.take')}</button>` : null}
    ${
      others.length > 0
        ? html`<label class="inline-field">${t('cases.assignTo')}
            <select value=${pick} onChange=${(e) => setPick(e.target.value)}>
              <option value="">—</option>
              ${others.map((u) => html`<option value=${u.userId}>${u.username}</option>`)}
            </select>
          </label>
          <button type="button" class="secondary" disabled=${!pick} onClick=${() => put([...ids, pick]).then(() => setPick(''))}>${t('cases.assign')}</button>`
        : null
    }
  </div>`;
}

function StateActions({ file, run }) {
  const patch = (state) => run(() => api(`/api/cases/${file.id}`, { method: 'PATCH', body: { state } }));
  if (file.state === 'triage')
    return html`<div class="actions triage-actions">
      <button type="button" id="accept-case" onClick=${() => patch('open')}>${t('cases.acceptOpen')}</button>
      <button type="button" class="secondary" id="close-case" onClick=${() => patch('closed')}>${t('cases.close')}</button>
    </div>`;
  if (file.state === 'open')
    return html`<div class="actions"><button type="button" class="secondary" id="close-case" onClick=${() => patch('closed')}>${t('cases.close')}</button></div>`;
  return html`<div class="actions"><button type="button" class="secondary" id="reopen-case" onClick=${() => patch('open')}>${t('cases.reopen')}</button></div>`;
}

export function CaseHeader({ file, user, users, reload }) {
  const { error, run } = useAction(reload);
  return html`<header class="case-header">
    <p class="meta"><code id="case-ref">${file.ref}</code> · ${t(`caseKind.${file.kind}`)}</p>
    <h1>${file.title}</h1>
    <p class="case-state">
      <${StateBadge} state=${file.state} />
      <span>${t('cases.currentStatus')}: <${StatusBadge} status=${file.status} />${file.statusOn ? ` ${t('cases.since', { date: formatDate(file.statusOn) })}` : ''}</span>
    </p>
    ${file.state === 'triage' ? html`<p class="note">${t('cases.triageExplain')}</p>` : null}
    <${StateActions} file=${file} run=${run} />
    <${Facts} file=${file} />
    <${Assignees} file=${file} user=${user} users=${users} run=${run} />
    <${ErrorBox} error=${error} />
  </header>`;
}
