/**
 * Status history: each change dated, with its evidence (a claim, a source, a
 * call…) and who recorded it; and the form to record a change. Whereabouts:
 * where the man was, from when, how it is known.
 */
import { html } from '/vendor/htm-preact.js';
import { api } from '../../../lib/api.js';
import { formatDate, t } from '../../../lib/i18n.js';
import { href } from '../../../lib/router.js';
import { EVIDENCE, formatInstant, STATUSES, StatusBadge } from '../common.js';
import { choices, Field, Submit, toBody, useForm } from '../form.js';
import { AddForm, Section } from './section.js';

function Evidence({ entry }) {
  const kind = t(`evidence.${entry.evidenceKind}`);
  if (!entry.evidenceRef) return kind;
  if (entry.evidenceKind === 'source')
    return html`${kind}: <a href=${href('sources', entry.evidenceRef)}>${entry.evidenceRef}</a>`;
  return html`${kind}: <code>${entry.evidenceRef}</code>`;
}

function StatusForm({ file, reload }) {
  // No default date: a status is dated by when it happened, which is rarely the day it is recorded.
  const initial = { status: 'detained', onDate: '', evidenceKind: 'call', evidenceRef: '', note: '' };
  const form = useForm(
    'status-form',
    initial,
    (d) => api(`/api/cases/${file.id}/status`, { method: 'POST', body: toBody(d) }),
    { onDone: reload },
  );
  const needsRef = form.draft.evidenceKind === 'claim' || form.draft.evidenceKind === 'source';
  return html`<form class="case-form" onSubmit=${form.submit}>
    <${Field} form=${form} name="status" label=${t('cases.status')} options=${choices('caseStatus', STATUSES)} required />
    <${Field} form=${form} name="onDate" label=${t('status.onDate')} hint=${t('cases.dateHint')} autocomplete="off" required />
    <${Field} form=${form} name="evidenceKind" label=${t('status.evidenceKind')} options=${choices('evidence', EVIDENCE)} required />
    <${Field} form=${form} name="evidenceRef" label=${t('status.evidenceRef')} required=${needsRef} hint=${t('status.evidenceRefHint')} />
    <${Field} form=${form} name="note" label=${t('status.note')} rows="3" />
    <${Submit} form=${form} label=${t('status.record')} />
  </form>`;
}

export function StatusHistory({ file, users, reload }) {
  // Newest first; on the same day, the one recorded last first (it is the current status).
  const rows = [...file.statusHistory].sort(
    (a, b) => b.onDate.localeCompare(a.onDate) || b.recordedAt.localeCompare(a.recordedAt),
  );
  return html`<${Section} id="status" title=${t('status.title')} count=${rows.length}>
    ${
      rows.length === 0
        ? html`<p class="empty">${t('cases.noneHere')}</p>`
        : html`<table class="list" id="status-history">
          <thead><tr><th scope="col">${t('status.onDate')}</th><th scope="col">${t('cases.status')}</th><th scope="col">${t('status.evidenceKind')}</th><th scope="col">${t('status.note')}</th><th scope="col">${t('common.recordedBy')}</th></tr></thead>
          <tbody>${rows.map(
            (s) => html`<tr>
              <td>${formatDate(s.onDate)}</td><td><${StatusBadge} status=${s.status} /></td><td><${Evidence} entry=${s} /></td>
              <td class="prose">${s.note ?? ''}</td><td>${users.name(s.recordedBy)}<div class="meta">${formatInstant(s.recordedAt)}</div></td>
            </tr>`,
          )}</tbody>
        </table>`
    }
    <${AddForm} id="add-status" label=${t('status.add')}><${StatusForm} file=${file} reload=${reload} /><//>
  <//>`;
}

function WhereaboutsForm({ file, reload }) {
  const form = useForm(
    'whereabouts-form',
    { place: '', since: '', howKnown: '' },
    (d) => api(`/api/cases/${file.id}/whereabouts`, { method: 'POST', body: toBody(d) }),
    { onDone: reload },
  );
  return html`<form class="case-form" onSubmit=${form.submit}>
    <${Field} form=${form} name="place" label=${t('where.place')} required hint=${t('where.placeHint')} />
    <${Field} form=${form} name="since" label=${t('where.since')} hint=${t('cases.dateHint')} autocomplete="off" />
    <${Field} form=${form} name="howKnown" label=${t('where.howKnown')} rows="2" />
    <${Submit} form=${form} label=${t('where.record')} />
  </form>`;
}

export function WhereaboutsSection({ file, users, reload }) {
  const rows = [...file.whereabouts].sort((a, b) => (b.since ?? '').localeCompare(a.since ?? ''));
  return html`<${Section} id="whereabouts" title=${t('where.title')} count=${rows.length}>
    ${
      rows.length === 0
        ? html`<p class="empty">${t('cases.noneHere')}</p>`
        : html`<table class="list">
          <thead><tr><th scope="col">${t('where.place')}</th><th scope="col">${t('where.since')}</th><th scope="col">${t('where.howKnown')}</th><th scope="col">${t('common.recordedBy')}</th></tr></thead>
          <tbody>${rows.map(
            (w) =>
              html`<tr><td>${w.place}</td><td>${formatDate(w.since)}</td><td class="prose">${w.howKnown ?? ''}</td><td>${users.name(w.recordedBy)}</td></tr>`,
          )}</tbody>
        </table>`
    }
    <${AddForm} id="add-whereabouts" label=${t('where.add')}><${WhereaboutsForm} file=${file} reload=${reload} /><//>
  <//>`;
}
