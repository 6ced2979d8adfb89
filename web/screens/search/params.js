/**
 * The search screen's address as data: the query, the filters and the page
 * offset read from #/search?…, and the next address when a filter is added,
 * removed or the text form is sent. Every change keeps every other filter and
 * goes back to the first page. Pure, so it is tested in Node
 * (test/web/search-params.test.ts).
 */

/** Filters and text, in the order chips show them. */
export const FIELDS = ['q', 'type', 'unit', 'place', 'from', 'to'];
/** The fields the text form edits; the facets set the rest. */
export const FORM_FIELDS = ['q', 'from', 'to'];
export const PAGE = 20;

/** { q, type, unit, place, from, to, offset } from a URLSearchParams. */
export function readParams(query) {
  const params = Object.fromEntries(FIELDS.map((f) => [f, query.get(f) ?? '']));
  params.offset = Math.max(0, Math.trunc(Number(query.get('offset') ?? 0)) || 0);
  return params;
}

/** The address's query for params: blanks and a zero offset left out. */
export function toQuery(params) {
  const out = {};
  for (const f of FIELDS) if (params[f]) out[f] = params[f];
  if (params.offset > 0) out.offset = String(params.offset);
  return out;
}

/** The API's query string for params (with the page size). */
export function apiQuery(params) {
  return new URLSearchParams({ ...toQuery(params), limit: String(PAGE) }).toString();
}

/** Params with a facet value chosen (a month sets the date range); a value already chosen is removed. */
export function withFacet(params, field, value) {
  if (field === 'month') return { ...params, from: value, to: value, offset: 0 };
  return { ...params, [field]: params[field] === value ? '' : value, offset: 0 };
}

/** Params without one filter. A range shown as one chip (from = to) goes as a whole. */
export function without(params, field) {
  const next = { ...params, [field]: '', offset: 0 };
  if ((field === 'from' || field === 'to') && params.from === params.to) {
    next.from = '';
    next.to = '';
  }
  return next;
}

/** Params after the text form is sent: its fields replace theirs, the facets stay. */
export function withForm(params, draft) {
  const next = { ...params, offset: 0 };
  for (const f of FORM_FIELDS) next[f] = (draft[f] ?? '').trim();
  return next;
}

/** Params for another page. */
export function atOffset(params, offset) {
  return { ...params, offset: Math.max(0, offset) };
}

/** The active filters as chips: { field (its label), key (what removing it clears), value }; a range of one month or day is one chip. */
export function activeChips(params) {
  const chips = [];
  const range = params.from && params.from === params.to;
  const month = range && /^\d{4}-\d{2}$/.test(params.from);
  for (const f of FIELDS) {
    if (!params[f] || (f === 'to' && range)) continue;
    chips.push({ field: f === 'from' && range ? (month ? 'month' : 'on') : f, key: f, value: params[f] });
  }
  return chips;
}
