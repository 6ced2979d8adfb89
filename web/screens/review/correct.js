/**
 * Correcting a claim: its simple fields, closed ones (qualifier, what a
 * figure counts, event type, role) as choices of the allowed values only.
 * A value the server refuses is shown at its field, with the field marked,
 * not at the top of the page; the server stays the judge (claim schema).
 */
import { html, useState } from '/vendor/htm-preact.js';
import { ApiError } from '../../lib/api.js';
import { t } from '../../lib/i18n.js';
import { ErrorBox, label } from '../../lib/ui.js';
import { choicesFor, fieldText } from './values.js';

const FIXED = new Set(['start', 'end', 'rule', 'quote', 'lat', 'lon']);

const asText = (v) => (v === null || v === undefined ? '' : String(v));

/** The field a refusal names ("count: Expected number…" → count), when it is one of the form's. */
export function fieldOfError(detail, fields) {
  const m = /^([A-Za-z_]+)(?:\.[\w.]*)?: (.+)$/.exec(detail ?? '');
  return m && fields.includes(m[1]) ? { field: m[1], message: m[2] } : null;
}

/** Number fields of the claim schema (a figure's value, an event's count), even while empty. */
const NUMBERS = new Set(['value', 'count']);
const numeric = (name, original) => typeof original === 'number' || (original === null && NUMBERS.has(name));

/** The typed value of a field's text, or an error key when it cannot be one. */
function parse(name, original, text) {
  if (original === null && text.trim() === '') return { value: null };
  if (numeric(name, original)) {
    const n = Number(text);
    return text.trim() === '' || !Number.isFinite(n) ? { error: 'review.needNumber' } : { value: n };
  }
  if (typeof original === 'boolean') return { value: text === 'true' };
  return { value: text === '' ? null : text };
}

function Field({ kind, name, original, value, error, onInput }) {
  const choices = typeof original === 'boolean' ? ['true', 'false'] : choicesFor(kind, name);
  const id = `fix-${name}`;
  const common = {
    id,
    name,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
  const control = choices
    ? html`<select ...${common} value=${value} onChange=${(e) => onInput(e.target.value)}>
        ${choices.includes(value) ? null : html`<option value=${value}>${value || '—'}</option>`}
        ${choices.map((c) => html`<option value=${c}>${fieldText(kind, name, typeof original === 'boolean' ? c === 'true' : c, label)}</option>`)}
      </select>`
    : html`<input ...${common} type=${numeric(name, original) ? 'number' : 'text'} step="any" value=${value} onInput=${(e) => onInput(e.target.value)} />`;
  return html`<div class=${`field${error ? ' field-wrong' : ''}`}>
    <label for=${id}>${label('claim.field', name)}</label>
    ${control}
    ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : null}
  </div>`;
}

/**
 * The form for `item` ({ kind, value }). `onSave` gets the changed fields, or
 * with `whole` every field (a new claim); it may throw the server's refusal,
 * which is then shown at its field.
 */
export function CorrectForm({ item, onSave, onCancel, whole = false, submitLabel }) {
  const editable = Object.entries(item.value).filter(
    ([k, v]) => !FIXED.has(k) && (v === null || ['string', 'number', 'boolean'].includes(typeof v)),
  );
  const names = editable.map(([k]) => k);
  const [draft, setDraft] = useState(Object.fromEntries(editable.map(([k, v]) => [k, asText(v)])));
  const [errors, setErrors] = useState({});
  const [formError, setFormError] = useState(null);
  const submit = async (e) => {
    e.preventDefault();
    const changes = {};
    const found = {};
    for (const [k, v] of editable) {
      if (!whole && draft[k] === asText(v)) continue;
      const r = parse(k, v, draft[k]);
      if (r.error) found[k] = t(r.error);
      else changes[k] = r.value;
    }
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    try {
      await onSave(changes);
    } catch (error) {
      const at = error instanceof ApiError && error.status === 400 ? fieldOfError(error.detail, names) : null;
      if (at) setErrors({ [at.field]: t('review.badValue', { reason: at.message }) });
      else setFormError(error);
    }
  };
  return html`<form class="correct" onSubmit=${submit} noValidate>
    ${editable.map(
      ([k, v]) =>
        html`<${Field} kind=${item.kind} name=${k} original=${v} value=${draft[k]} error=${errors[k]}
          onInput=${(text) => setDraft({ ...draft, [k]: text })} />`,
    )}
    <${ErrorBox} error=${formError} />
    <div class="actions">
      <button type="submit">${submitLabel ?? t('review.save')}</button>
      <button type="button" class="secondary" onClick=${onCancel}>${t('review.cancel')}</button>
    </div>
  </form>`;
}
