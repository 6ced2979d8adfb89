/** Correcting a claim: its simple fields as inputs; the server validates against the claim schema. */
import { html, useState } from '/vendor/htm-preact.js';
import { t } from '../../lib/i18n.js';

const FIXED = new Set(['start', 'end', 'rule', 'quote']);

export function CorrectForm({ item, onSave, onCancel }) {
  const editable = Object.entries(item.value).filter(
    ([k, v]) => !FIXED.has(k) && (v === null || ['string', 'number', 'boolean'].includes(typeof v)),
  );
  const [draft, setDraft] = useState(
    Object.fromEntries(editable.map(([k, v]) => [k, v === null ? '' : String(v)])),
  );
  const submit = (e) => {
    e.preventDefault();
    const changes = {};
    for (const [k, v] of editable) {
      const text = draft[k];
      if (text === (v === null ? '' : String(v))) continue;
      changes[k] =
        typeof v === 'number'
          ? Number(text)
          : typeof v === 'boolean'
            ? text === 'true'
            : text === ''
              ? null
              : text;
    }
    onSave(changes);
  };
  return html`<form class="correct" onSubmit=${submit}>
    ${editable.map(
      ([k]) =>
        html`<label>${k} <input name=${k} value=${draft[k]} onInput=${(e) => setDraft({ ...draft, [k]: e.target.value })} /></label>`,
    )}
    <button type="submit">${t('review.save')}</button>
    <button type="button" class="secondary" onClick=${onCancel}>${t('review.cancel')}</button>
  </form>`;
}
