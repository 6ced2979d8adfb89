/**
 * Correcting a source's details: title, outlet, address, author and
 * publication date (plain-text files carry none; a page's own may be wrong).
 * A value the server refuses is shown at its field.
 */
import { html, useState } from '/vendor/htm-preact.js';
import { ApiError, api } from '../../lib/api.js';
import { t } from '../../lib/i18n.js';
import { ErrorBox } from '../../lib/ui.js';
import { fieldOfError } from '../review/correct.js';

const FIELDS = ['title', 'outlet', 'url', 'author', 'published'];

export function EditSource({ source, onSaved, onCancel }) {
  const [draft, setDraft] = useState(Object.fromEntries(FIELDS.map((f) => [f, source[f] ?? ''])));
  const [errors, setErrors] = useState({});
  const [formError, setFormError] = useState(null);
  const submit = async (e) => {
    e.preventDefault();
    setErrors({});
    setFormError(null);
    const body = Object.fromEntries(FIELDS.map((f) => [f, draft[f].trim() === '' ? null : draft[f]]));
    try {
      onSaved(await api(`/api/sources/${encodeURIComponent(source.id)}`, { method: 'PATCH', body }));
    } catch (error) {
      const at =
        error instanceof ApiError && error.status === 400 ? fieldOfError(error.detail, FIELDS) : null;
      if (at) setErrors({ [at.field]: t('review.badValue', { reason: at.message }) });
      else setFormError(error);
    }
  };
  return html`<form class="case-form edit-source" onSubmit=${submit} noValidate>
    <h2>${t('sourceEdit.title')}</h2>
    ${FIELDS.map((f) => {
      const id = `source-${f}`;
      return html`<div class=${`field${errors[f] ? ' field-wrong' : ''}`}>
        <label for=${id}>${t(`sourceEdit.${f === 'title' ? 'titleField' : f}`)}</label>
        <input id=${id} name=${f} type=${f === 'url' ? 'url' : 'text'} value=${draft[f]}
          aria-invalid=${errors[f] ? 'true' : undefined} aria-describedby=${errors[f] ? `${id}-error` : undefined}
          onInput=${(e) => setDraft({ ...draft, [f]: e.target.value })} />
        ${errors[f] ? html`<p class="field-error" id=${`${id}-error`}>${errors[f]}</p>` : null}
      </div>`;
    })}
    <p class="hint">${t('sourceEdit.hint')}</p>
    <${ErrorBox} error=${formError} />
    <div class="actions">
      <button type="submit">${t('sourceEdit.save')}</button>
      <button type="button" class="secondary" onClick=${onCancel}>${t('review.cancel')}</button>
    </div>
  </form>`;
}
