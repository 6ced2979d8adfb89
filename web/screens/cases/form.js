/**
 * Forms of the case screens and the family's report: a draft, a submit that
 * calls the API, and the API's problem shown next to the field it names.
 * The server answers bad input with the detail "field: message" (the zod
 * path, dotted for nested fields); a field of that name shows the message
 * beside itself, anything else shows above the submit button.
 */
import { html, useState } from '/vendor/htm-preact.js';
import { t } from '../../lib/i18n.js';
import { ErrorBox } from '../../lib/ui.js';

/** The field an API problem names ("onDate: must be a date" → onDate), or null. */
export function problemField(error) {
  const m = /^([A-Za-z][\w.]*): /.exec(error?.detail ?? '');
  return m ? m[1] : null;
}

/** A request body from a draft: empty strings left out, dotted names nested ("reporter.name"). */
export function toBody(draft) {
  const body = {};
  for (const [name, value] of Object.entries(draft)) {
    if (value === '' || value === undefined || value === null) continue;
    const path = name.split('.');
    let at = body;
    for (const part of path.slice(0, -1)) {
      at[part] ??= {};
      at = at[part];
    }
    at[path[path.length - 1]] = typeof value === 'string' ? value.trim() : value;
  }
  return body;
}

/**
 * A form's state. `initial` names every field of the form. `send(draft)`
 * calls the API; on success the draft is reset (unless keep) and
 * `onDone(result)` runs; on failure the problem is kept.
 */
export function useForm(id, initial, send, { onDone, keep = false } = {}) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const set = (name, value) => setDraft((d) => ({ ...d, [name]: value }));
  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    try {
      const result = await send(draft);
      setError(null);
      if (!keep) setDraft(initial);
      await onDone?.(result);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  // Only a field of this form claims a problem; any other name is shown by Submit.
  const named = problemField(error);
  const field = named !== null && Object.hasOwn(initial, named) ? named : null;
  return { id, draft, set, submit, busy, error, setError, field };
}

/**
 * A labelled input, select (options: [value, label][]) or textarea (rows),
 * with its hint and the API's message when the problem names it.
 */
export function Field({ form, name, label, type = 'text', options, rows, hint, required, ...rest }) {
  const id = `${form.id}-${name.replace(/\./g, '-')}`;
  const wrong = form.field === name;
  const described = [hint ? `${id}-hint` : null, wrong ? `${id}-error` : null].filter(Boolean).join(' ');
  const common = {
    id,
    name,
    required,
    'aria-invalid': wrong ? 'true' : undefined,
    'aria-describedby': described || undefined,
    ...rest,
  };
  const value = form.draft[name] ?? '';
  const onValue = (e) => form.set(name, type === 'checkbox' ? e.target.checked : e.target.value);
  let control;
  if (options)
    control = html`<select ...${common} value=${value} onChange=${onValue}>
      ${options.map(([v, l]) => html`<option value=${v}>${l}</option>`)}
    </select>`;
  else if (rows)
    control = html`<textarea ...${common} rows=${rows} value=${value} onInput=${onValue}></textarea>`;
  else if (type === 'checkbox')
    control = html`<input ...${common} type="checkbox" checked=${value === true} onChange=${onValue} />`;
  else control = html`<input ...${common} type=${type} value=${value} onInput=${onValue} />`;
  return html`<div class=${`field${type === 'checkbox' ? ' field-check' : ''}${wrong ? ' field-wrong' : ''}`}>
    ${type === 'checkbox' ? html`${control}<label for=${id}>${label}</label>` : html`<label for=${id}>${label}${required ? html` <span class="req">${t('form.required')}</span>` : null}</label>${control}`}
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : null}
    ${wrong ? html`<p class="field-error" id=${`${id}-error`} role="alert">${fieldMessage(form, name)}</p>` : null}
  </div>`;
}

/**
 * The message beside a field: the catalogue's own words for this form and
 * field when it has them (the server speaks English), else the server's.
 */
function fieldMessage(form, name) {
  const key = `${form.id}.error.${name}`;
  const own = t(key);
  if (own !== key) return own;
  const message = form.error.detail.slice(name.length + 2);
  const known = KNOWN.find(([pattern]) => pattern.test(message));
  return known ? t(known[1]) : message;
}

/** The server's messages for dates and regions (src/cases/schema.ts), which every form shares, by catalogue key. */
const KNOWN = [
  [/^must be a date, such as/, 'cases.error.date'],
  [/^must be a real date/, 'cases.error.realDate'],
  [/^must be a year, a month and year or a date/, 'cases.error.partialDate'],
  [/^must be a region/, 'cases.error.region'],
];

/** A problem no field claims, in the reader's language where the status says enough. */
function generalError(error) {
  if (error.status === 429) return { title: t('form.throttled') };
  if (error.status === 0 || error.status >= 500) return { title: t('form.failed') };
  return error;
}

/** The submit button and the problem no field claims. */
export function Submit({ form, label }) {
  return html`<div class="form-end">
    ${form.error && !form.field ? html`<${ErrorBox} error=${generalError(form.error)} />` : null}
    <button type="submit" disabled=${form.busy}>${label}</button>
  </div>`;
}

/** [value, translated label] pairs of an enumeration, with an optional empty choice first. */
export function choices(group, values, empty) {
  const list = values.map((v) => [v, t(`${group}.${v}`)]);
  return empty === undefined ? list : [['', empty], ...list];
}
