/** The contact log (calls, messages, each with a summary), family contacts and free notes of a case. */
import { html } from '/vendor/htm-preact.js';
import { api } from '../../../lib/api.js';
import { t } from '../../../lib/i18n.js';
import { useApi } from '../../../lib/ui.js';
import { CHANNELS, formatInstant } from '../common.js';
import { choices, Field, Submit, toBody, useForm } from '../form.js';
import { AddForm, Section } from './section.js';

function ContactForm({ file, reload }) {
  const form = useForm(
    'contact-form',
    { channel: 'call', direction: 'in', counterpart: '', summary: '', at: '' },
    (d) => {
      const body = toBody(d);
      // datetime-local has no zone: read it as this computer's local time.
      if (body.at) body.at = new Date(body.at).toISOString();
      return api(`/api/cases/${file.id}/contacts`, { method: 'POST', body });
    },
    { onDone: reload },
  );
  return html`<form class="case-form" onSubmit=${form.submit}>
    <${Field} form=${form} name="channel" label=${t('contacts.channel')} options=${choices('channel', CHANNELS)} required />
    <${Field} form=${form} name="direction" label=${t('contacts.direction')} options=${choices('direction', ['in', 'out'])} required />
    <${Field} form=${form} name="counterpart" label=${t('contacts.counterpart')} />
    <${Field} form=${form} name="at" type="datetime-local" label=${t('contacts.at')} hint=${t('contacts.atHint')} />
    <${Field} form=${form} name="summary" label=${t('contacts.summary')} rows="3" required />
    <${Submit} form=${form} label=${t('contacts.record')} />
  </form>`;
}

export function ContactsSection({ file, users, reload }) {
  const rows = [...file.contacts].sort((a, b) => b.at.localeCompare(a.at));
  return html`<${Section} id="contacts" title=${t('contacts.title')} count=${rows.length}>
    ${
      rows.length === 0
        ? html`<p class="empty">${t('cases.noneHere')}</p>`
        : html`<table class="list">
          <thead><tr><th scope="col">${t('contacts.at')}</th><th scope="col">${t('contacts.channel')}</th><th scope="col">${t('contacts.counterpart')}</th><th scope="col">${t('contacts.summary')}</th><th scope="col">${t('common.recordedBy')}</th></tr></thead>
          <tbody>${rows.map(
            (c) => html`<tr>
              <td>${formatInstant(c.at)}</td><td>${t(`channel.${c.channel}`)} · ${t(`direction.${c.direction}`)}</td>
              <td>${c.counterpart ?? ''}</td><td class="prose">${c.summary}</td><td>${users.name(c.recordedBy)}</td>
            </tr>`,
          )}</tbody>
        </table>`
    }
    <${AddForm} id="add-contact" label=${t('contacts.add')}><${ContactForm} file=${file} reload=${reload} /><//>
  <//>`;
}

function FamilyForm({ file, reload }) {
  const form = useForm(
    'family-form',
    { name: '', relation: '', contact: '' },
    (d) => api(`/api/cases/${file.id}/family`, { method: 'POST', body: toBody(d) }),
    { onDone: reload },
  );
  return html`<form class="case-form" onSubmit=${form.submit}>
    <${Field} form=${form} name="name" label=${t('family.name')} />
    <${Field} form=${form} name="relation" label=${t('family.relation')} hint=${t('family.relationHint')} />
    <${Field} form=${form} name="contact" label=${t('family.contact')} hint=${t('family.contactHint')} />
    <${Submit} form=${form} label=${t('family.record')} />
  </form>`;
}

export function FamilySection({ file, reload }) {
  return html`<${Section} id="family" title=${t('family.title')} count=${file.family.length}>
    ${
      file.family.length === 0
        ? html`<p class="empty">${t('cases.noneHere')}</p>`
        : html`<table class="list">
          <thead><tr><th scope="col">${t('family.name')}</th><th scope="col">${t('family.relation')}</th><th scope="col">${t('family.contact')}</th><th scope="col">${t('family.since')}</th></tr></thead>
          <tbody>${file.family.map((f) => html`<tr><td>${f.name ?? '—'}</td><td>${f.relation ?? '—'}</td><td>${f.contact ?? '—'}</td><td>${formatInstant(f.createdAt)}</td></tr>`)}</tbody>
        </table>`
    }
    <${AddForm} id="add-family" label=${t('family.add')}><${FamilyForm} file=${file} reload=${reload} /><//>
  <//>`;
}

export function NotesSection({ file, users }) {
  const notes = useApi(`/api/cases/${encodeURIComponent(file.id)}/notes`);
  const form = useForm(
    'note-form',
    { body: '' },
    (d) => api(`/api/cases/${file.id}/notes`, { method: 'POST', body: toBody(d) }),
    { onDone: notes.reload },
  );
  const items = notes.data?.items ?? [];
  return html`<${Section} id="notes" title=${t('notes.title')} count=${items.length}>
    ${
      items.length === 0
        ? html`<p class="empty">${t('cases.noneHere')}</p>`
        : html`<ul class="notes">${items.map(
            (n) =>
              html`<li><p class="prose">${n.body}</p><p class="meta">${n.author ?? users.name(n.createdBy)} · ${formatInstant(n.createdAt)}</p></li>`,
          )}</ul>`
    }
    <${AddForm} id="add-note" label=${t('notes.add')}>
      <form class="case-form" onSubmit=${form.submit}>
        <${Field} form=${form} name="body" label=${t('notes.body')} rows="4" required hint=${t('notes.hint')} />
        <${Submit} form=${form} label=${t('notes.save')} />
      </form>
    <//>
  <//>`;
}
