/**
 * Appeals and documents: to whom, about what, when filed, when an answer is
 * legally due (the addressee type's rule, GET /api/casework/addressees), and
 * where each stands today — an overdue appeal says so in words. A response
 * can be recorded; a letter in Russian comes from a template kept as data.
 */
import { html, useState } from '/vendor/htm-preact.js';
import { api } from '../../../lib/api.js';
import { currentLanguage, formatDate, t } from '../../../lib/i18n.js';
import { label, useApi } from '../../../lib/ui.js';
import { ADDRESSEES, AppealDeadline, STATUSES, todayTyped, typedIso } from '../common.js';
import { choices, Field, Submit, toBody, useForm } from '../form.js';
import { AddForm, Section } from './section.js';

const lang = () => (currentLanguage() === 'ru' ? 'ru' : 'en');

/** The date `days` days after `iso` (YYYY-MM-DD, counted in UTC as the server counts). */
function addDays(iso, days) {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) ? null : new Date(ms + days * 86_400_000).toISOString().slice(0, 10);
}

function AppealForm({ file, rules, reload }) {
  const initial = { addresseeType: 'military_prosecutor', addressee: '', subject: '', filedOn: todayTyped() };
  const form = useForm(
    'appeal-form',
    initial,
    (d) => api(`/api/cases/${file.id}/appeals`, { method: 'POST', body: toBody(d) }),
    { onDone: reload },
  );
  const rule = rules.find((r) => r.type === form.draft.addresseeType);
  const options = ADDRESSEES.map((a) => [
    a,
    rules.find((r) => r.type === a)?.label[lang()] ?? label('addressee', a),
  ]);
  const filed = typedIso(form.draft.filedOn);
  const due = rule && filed ? addDays(filed, rule.days) : null;
  return html`<form class="case-form" onSubmit=${form.submit}>
    <${Field} form=${form} name="addresseeType" label=${t('appeals.addresseeType')} options=${options} required
      hint=${rule ? t('appeals.ruleHint', { days: rule.days }) : undefined} />
    <${Field} form=${form} name="addressee" label=${t('appeals.addressee')} hint=${t('appeals.addresseeHint')} />
    <${Field} form=${form} name="filedOn" label=${t('appeals.filedOn')} required autocomplete="off"
      hint=${due ? `${t('cases.dateHint')} ${t('appeals.duePreview', { date: formatDate(due) })}` : t('cases.dateHint')} />
    <${Field} form=${form} name="subject" label=${t('appeals.subject')} rows="3" />
    ${rule ? html`<details class="rule-basis"><summary>${t('appeals.basis')}</summary><p>${rule.basis[lang()]}</p></details>` : null}
    <${Submit} form=${form} label=${t('appeals.record')} />
  </form>`;
}

function ResponseForm({ file, appeal, reload }) {
  const form = useForm(
    `response-${appeal.id}`,
    { response: '', respondedOn: todayTyped(), status: '' },
    (d) => api(`/api/cases/${file.id}/appeals/${appeal.id}`, { method: 'PATCH', body: toBody(d) }),
    { onDone: reload },
  );
  return html`<form class="case-form" onSubmit=${form.submit}>
    <${Field} form=${form} name="response" label=${t('appeals.response')} rows="3" required />
    <${Field} form=${form} name="respondedOn" label=${t('appeals.respondedOn')} hint=${t('cases.dateHint')} autocomplete="off" required />
    <${Field} form=${form} name="status" label=${t('cases.answerStatus')} options=${choices('caseStatus', STATUSES, t('cases.answerStatusNone'))} />
    <${Submit} form=${form} label=${t('appeals.saveResponse')} />
  </form>`;
}

/** A link to the letter for this appeal: choose a template (those for its addressee first) and who signs. */
function Letter({ file, appeal, templates }) {
  const fitting = templates.filter((tp) => tp.addresseeTypes.includes(appeal.addresseeType));
  const list = fitting.length > 0 ? fitting : templates;
  const [picked, setTemplate] = useState('');
  const [familyId, setFamilyId] = useState('');
  if (list.length === 0) return null;
  // The templates may arrive after the appeal: until one is picked, the first that fits.
  const template = list.some((tp) => tp.id === picked) ? picked : list[0].id;
  const q = new URLSearchParams({ template });
  if (familyId) q.set('family', familyId);
  const id = `letter-${appeal.id}`;
  const letterUrl = `/api/cases/${encodeURIComponent(file.id)}/appeals/${encodeURIComponent(appeal.id)}/letter`;
  return html`<div class="letter">
    <label for=${`${id}-template`}>${t('appeals.letterTemplate')}</label>
    <select id=${`${id}-template`} value=${template} onChange=${(e) => setTemplate(e.target.value)}>
      ${list.map((tp) => html`<option value=${tp.id}>${tp.title[lang()]}</option>`)}
    </select>
    ${
      file.family.length > 0
        ? html`<label for=${`${id}-family`}>${t('appeals.signedBy')}</label>
          <select id=${`${id}-family`} value=${familyId} onChange=${(e) => setFamilyId(e.target.value)}>
            <option value="">${t('appeals.signedByBlank')}</option>
            ${file.family.map((f) => html`<option value=${f.id}>${[f.name, f.relation].filter(Boolean).join(', ') || f.contact}</option>`)}
          </select>`
        : null
    }
    <span class="letter-links">${t('appeals.letter')}:
      <a class="button secondary-link letter-docx" href=${`${letterUrl}?${q}&format=docx`} download>${t('cases.letterDocx')}</a>
      <a class="button secondary-link letter-link" href=${`${letterUrl}?${q}`} download>${t('cases.letterText')}</a>
    </span>
  </div>`;
}

function AppealItem({ file, appeal, templates, users, reload }) {
  return html`<li class=${`appeal appeal-${appeal.state}`} data-appeal=${appeal.id} data-state=${appeal.state}>
    <div class="appeal-head">
      <strong>${label('addressee', appeal.addresseeType)}</strong>${appeal.addressee ? ` — ${appeal.addressee}` : ''}
      <${AppealDeadline} appeal=${appeal} />
    </div>
    ${appeal.subject ? html`<p class="prose">${appeal.subject}</p>` : null}
    <p class="meta">${t('appeals.filed', { date: formatDate(appeal.filedOn) })} · ${t('appeals.dueOnShort', { date: formatDate(appeal.dueOn) })} · ${users.name(appeal.recordedBy)}</p>
    ${appeal.respondedOn ? html`<p><strong>${t('appeals.responseOn', { date: formatDate(appeal.respondedOn) })}</strong> ${appeal.response ?? ''}</p>` : null}
    <${Letter} file=${file} appeal=${appeal} templates=${templates} />
    ${appeal.respondedOn ? null : html`<${AddForm} id=${`respond-${appeal.id}`} label=${t('appeals.recordResponse')}><${ResponseForm} file=${file} appeal=${appeal} reload=${reload} /><//>`}
  </li>`;
}

export function AppealsSection({ file, users, reload }) {
  const rules = useApi('/api/casework/addressees');
  const letters = useApi('/api/casework/letters');
  const appeals = file.appeals;
  const overdue = (appeals ?? []).filter((a) => a.state === 'overdue').length;
  return html`<${Section} id="appeals" title=${t('appeals.title')} count=${appeals?.length}>
    ${overdue > 0 ? html`<p class="alert-overdue" role="status">${t('appeals.overdueCount', { count: overdue })}</p>` : null}
    ${
      appeals === undefined
        ? html`<p class="note">${t('cases.partMissing')}</p>`
        : appeals.length === 0
          ? html`<p class="empty">${t('cases.noneHere')}</p>`
          : html`<ul class="appeals" id="appeal-list">${[...appeals]
              .sort((a, b) => b.filedOn.localeCompare(a.filedOn))
              .map(
                (a) =>
                  html`<${AppealItem} file=${file} appeal=${a} templates=${letters.data?.items ?? []} users=${users} reload=${reload} />`,
              )}</ul>`
    }
    <${AddForm} id="add-appeal" label=${t('appeals.add')}><${AppealForm} file=${file} rules=${rules.data?.items ?? []} reload=${reload} /><//>
  <//>`;
}
