/**
 * Search: full text over sources (English and Russian stemming) with facets
 * by event type, unit, place and month, and records with a similar name in
 * either script for roles that may see records. Every filter lives in the
 * address (params.js): adding one keeps the others, each active one is a
 * chip that removes it, and the results page through every match.
 */
import { html, useEffect, useState } from '/vendor/htm-preact.js';
import { formatDate, formatMonth, formatNumber, t } from '../../lib/i18n.js';
import { allowed } from '../../lib/roles.js';
import { href } from '../../lib/router.js';
import { ErrorBox, Loading, label, Marked, useApi } from '../../lib/ui.js';
import {
  activeChips,
  apiQuery,
  atOffset,
  FORM_FIELDS,
  PAGE,
  readParams,
  toQuery,
  withFacet,
  withForm,
  without,
} from './params.js';

const link = (params) => href('search', null, toQuery(params));

/** A filter's value as the reader knows it: an event type's name, a month, the value itself. */
function shown(field, value) {
  if (field === 'type') return label('event', value);
  if (field === 'month') return formatMonth(value);
  if (field === 'on' || field === 'from' || field === 'to') return formatDate(value);
  return value;
}

function Facet({ name, values, field, params }) {
  if (!values.length) return null;
  const current = field === 'month' ? (params.from === params.to ? params.from : '') : params[field];
  return html`<section class="facet"><h2>${name}</h2><ul>
    ${values.map(
      (v) =>
        html`<li><a href=${link(withFacet(params, field, v.value))} aria-current=${current === v.value ? 'true' : undefined}>${shown(field, v.value)}</a> <span class="count">${formatNumber(v.count)}</span></li>`,
    )}
  </ul></section>`;
}

function Chips({ params }) {
  const chips = activeChips(params);
  if (chips.length === 0) return null;
  return html`<ul class="chips" aria-label=${t('search.active')}>
    ${chips.map(
      (c) => html`<li class="chip" data-field=${c.field}>
        <span>${t(`search.chip.${c.field}`)}: ${shown(c.field, c.value)}</span>
        <a href=${link(without(params, c.key))} aria-label=${t('search.remove', { filter: shown(c.field, c.value) })}>×</a>
      </li>`,
    )}
    ${chips.length > 1 ? html`<li><a href=${href('search')}>${t('search.clearAll')}</a></li>` : null}
  </ul>`;
}

function Pager({ params, total }) {
  if (total <= PAGE) return null;
  const last = Math.min(params.offset + PAGE, total);
  return html`<nav class="pager" aria-label=${t('search.pages')}>
    ${params.offset > 0 ? html`<a href=${link(atOffset(params, params.offset - PAGE))} rel="prev">${t('common.previous')}</a>` : null}
    <span id="search-range">${t('search.range', { first: formatNumber(params.offset + 1), last: formatNumber(last), total: formatNumber(total) })}</span>
    ${last < total ? html`<a href=${link(atOffset(params, params.offset + PAGE))} rel="next">${t('common.next')}</a>` : null}
  </nav>`;
}

function Names({ q }) {
  const { data } = useApi(`/api/search/names?q=${encodeURIComponent(q)}&limit=10`);
  if (!data?.items.length) return null;
  return html`<section class="names"><h2>${t('search.names')}</h2><ul>
    ${data.items.map((n) => html`<li><span class="kind kind-${n.kind}">${label('kind', n.kind)}</span> <a href=${href('records', n.id)}>${n.name}</a></li>`)}
  </ul></section>`;
}

const formOf = (params) => Object.fromEntries(FORM_FIELDS.map((f) => [f, params[f]]));

export function Search({ route, role }) {
  const params = readParams(route.query);
  const [draft, setDraft] = useState(formOf(params));
  // A facet, a chip or the back button changes the address: the form follows it, so sending it keeps those filters.
  const formKey = FORM_FIELDS.map((f) => params[f]).join('\u0000');
  useEffect(() => setDraft(formOf(params)), [formKey]);
  const { data, error, loading } = useApi(`/api/search?${apiQuery(params)}`);
  const submit = (e) => {
    e.preventDefault();
    location.hash = link(withForm(params, draft));
  };
  const input = (f, type = 'text') =>
    html`<input type=${type} name=${f} value=${draft[f]} onInput=${(e) => setDraft({ ...draft, [f]: e.target.value })} />`;
  return html`<div>
    <h1>${t('search.title')}</h1>
    <form class="search-form" role="search" onSubmit=${submit}>
      <label class="grow">${t('search.query')} ${input('q', 'search')}</label>
      <label>${t('search.from')} ${input('from')}</label>
      <label>${t('search.to')} ${input('to')}</label>
      <button type="submit">${t('search.submit')}</button>
    </form>
    <p class="hint">${t('search.help')}</p>
    <${Chips} params=${params} />
    <${ErrorBox} error=${error} />
    ${loading && !data ? html`<${Loading} />` : null}
    ${
      data
        ? html`<div class="search-layout">
          <aside class="facets" aria-label=${t('search.facets')}>
            <${Facet} name=${t('search.facetType')} values=${data.facets.type} field="type" params=${params} />
            <${Facet} name=${t('search.facetUnit')} values=${data.facets.unit} field="unit" params=${params} />
            <${Facet} name=${t('search.facetPlace')} values=${data.facets.place} field="place" params=${params} />
            <${Facet} name=${t('search.facetMonth')} values=${data.facets.month} field="month" params=${params} />
          </aside>
          <div class="results">
            ${params.q.length >= 2 && allowed(role, 'records') ? html`<${Names} q=${params.q} />` : null}
            <p id="search-total">${t('search.results', { total: formatNumber(data.total) })}</p>
            <ol class="hits" start=${params.offset + 1}>${data.items.map(
              (h) => html`<li>
                <a href=${href('sources', h.id)}>${h.title ?? t('sources.untitled')}</a>
                <div class="meta">${h.outlet ?? '—'} · ${formatDate(h.published)} · ${h.language}</div>
                <p class="snippet"><${Marked} parts=${h.snippet} /></p>
              </li>`,
            )}</ol>
            <${Pager} params=${params} total=${data.total} />
          </div>
        </div>`
        : null
    }
  </div>`;
}
