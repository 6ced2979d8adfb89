/**
 * Documents of a case: scans of papers and answers to appeals, attached as
 * files (the server checks the type from the bytes, limits the size and
 * stores them encrypted) and downloaded one at a time (audited).
 */
import { html, useState } from '/vendor/htm-preact.js';
import { formatNumber, t } from '../../../lib/i18n.js';
import { label } from '../../../lib/ui.js';
import { formatInstant } from '../common.js';
import { choices, Field, Submit, useForm } from '../form.js';
import { AddForm, Section } from './section.js';
import { apiUpload } from './upload.js';

/** The server's limit (src/cases/documents/schema.ts DOCUMENT_MAX_BYTES), checked here first to save the upload. */
const MAX_MB = 10;
const KINDS = ['scan', 'answer', 'other'];

function DocumentForm({ file, reload }) {
  const [picked, setPicked] = useState(null);
  const form = useForm(
    'document-form',
    { kind: 'scan', appealId: '' },
    (d) => {
      if (!picked) throw { status: 400, detail: 'file: attach a file' };
      if (picked.size > MAX_MB * 1024 * 1024)
        throw { status: 413, title: t('cases.docs.tooLarge', { mb: MAX_MB }) };
      const body = new FormData();
      body.set('file', picked, picked.name);
      body.set('kind', d.kind);
      if (d.appealId) body.set('appealId', d.appealId);
      return apiUpload(`/api/cases/${encodeURIComponent(file.id)}/documents`, body);
    },
    {
      onDone: () => {
        setPicked(null);
        reload();
      },
    },
  );
  const appeals = [
    ['', t('cases.docs.noAppeal')],
    ...(file.appeals ?? []).map((a) => [a.id, `${label('addressee', a.addresseeType)} · ${a.filedOn}`]),
  ];
  return html`<form class="case-form" onSubmit=${form.submit}>
    <div class="field">
      <label for="document-form-file">${t('cases.docs.file')} <span class="req">${t('form.required')}</span></label>
      <input id="document-form-file" name="file" type="file" required accept="application/pdf,image/jpeg,image/png,image/webp,image/tiff,image/heic"
        aria-describedby="document-form-file-hint" onChange=${(e) => setPicked(e.target.files?.[0] ?? null)} />
      <p class="hint" id="document-form-file-hint">${t('cases.docs.fileHint', { mb: MAX_MB })}</p>
    </div>
    <${Field} form=${form} name="kind" label=${t('cases.docs.kind')} options=${choices('cases.docs.kind', KINDS)} />
    ${(file.appeals ?? []).length > 0 ? html`<${Field} form=${form} name="appealId" label=${t('cases.docs.appeal')} options=${appeals} />` : null}
    <${Submit} form=${form} label=${t('cases.docs.upload')} />
  </form>`;
}

export function DocumentsSection({ file, users, reload }) {
  const docs = file.documents ?? [];
  return html`<${Section} id="documents" title=${t('cases.docs.title')} count=${docs.length}>
    ${
      docs.length === 0
        ? html`<p class="empty">${t('cases.noneHere')}</p>`
        : html`<table class="list" id="document-list">
          <thead><tr><th scope="col">${t('cases.docs.file')}</th><th scope="col">${t('cases.docs.kind')}</th><th scope="col">${t('common.recordedBy')}</th><th scope="col"><span class="visually-hidden">${t('cases.docs.download')}</span></th></tr></thead>
          <tbody>${docs.map(
            (d) => html`<tr data-document=${d.id}>
              <td>${d.filename} <span class="meta">${t('cases.docs.size', { kb: formatNumber(Math.max(1, Math.round(d.byteSize / 1024))) })}</span></td>
              <td>${t(`cases.docs.kind.${d.kind}`)}</td>
              <td>${users.name(d.uploadedBy)}<div class="meta">${formatInstant(d.uploadedAt)}</div></td>
              <td><a class="button secondary-link" href=${`/api/cases/${encodeURIComponent(file.id)}/documents/${encodeURIComponent(d.id)}`} download>${t('cases.docs.download')}</a></td>
            </tr>`,
          )}</tbody>
        </table>`
    }
    <${AddForm} id="add-document" label=${t('cases.docs.add')}><${DocumentForm} file=${file} reload=${reload} /><//>
  <//>`;
}
