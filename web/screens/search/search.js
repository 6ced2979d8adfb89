/**
 * Search: full text over sources (English and Russian stemming) with facets
 * by event type, unit, place and month, and records with a similar name in
 * either script for roles that may see records.
 */
import { html, useState } from '/vendor/htm-preact.js';
import { formatDate, formatMonth, formatNumber, t } from '../../lib/i18n.js';
import { allowed } from '../../lib/roles.js';
import { href } from '../../lib/router.js';
import { ErrorBox, Loading, label, Marked, useApi } from '../../lib/ui.js';

const FIELDS = ['q', 'type', 'unit', 'place', 'from', 'to'];

function Facet({ name, values, field, params, show }) {
  if (!values.length) return null;
  const current = params[field];
  return html`<section class="facet"><h2>${name}</h2><ul>
    ${values.map((v) => {
      const next =
        field === 'month'
          ? { ...params, from: v.value, to: v.value }
          : { ...params, [field]: current === v.value ? '' : v.value };
      return html`<li><a href=${href('search', null, clean(next))} aria-current=${current === v.value ? 'true' : undefined}>${show(v.value)}</a> <span class="count">${formatNumber(v.count)}</span></li>`;
    })}
  </ul></section>`;
}

const clean = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v));

function Names({ q }) {
  const { data } = useApi(`/api/search/names?q=${encodeURIComponent(q)}&limit=10`);
  if (!data?.items.length) return null;
  return html`<section class="names"><h2>${t('search.names')}</h2><ul>
    ${data.items.map((n) => html`<li><span class="kind kind-${n.kind}">${label('kind', n.kind)}</span> <a href=${href('records', n.id)}>${n.name}</a></li>`)}
  </ul></section>`;
}

export function Search({ route, role }) {
  const params = Object.fromEntries(FIELDS.map((f) => [f, route.query.get(f) ?? '']));
  const [draft, setDraft] = useState(params);
  const query = new URLSearchParams(clean(params)).toString();
  const { data, error, loading } = useApi(`/api/search?${query}`);
  const submit = (e) => {
    e.preventDefault();
    location.hash = href('search', null, clean(draft));
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
    <${ErrorBox} error=${error} />
    ${loading && !data ? html`<${Loading} />` : null}
    ${
      data
        ? html`<div class="search-layout">
          <aside class="facets" aria-label="facets">
            <${Facet} name=${t('search.facetType')} values=${data.facets.type} field="type" params=${params} show=${(v) => label('event', v)} />
            <${Facet} name=${t('search.facetUnit')} values=${data.facets.unit} field="unit" params=${params} show=${(v) => v} />
            <${Facet} name=${t('search.facetPlace')} values=${data.facets.place} field="place" params=${params} show=${(v) => v} />
            <${Facet} name=${t('search.facetMonth')} values=${data.facets.month} field="month" params=${params} show=${formatMonth} />
          </aside>
          <div class="results">
            ${params.q.length >= 2 && allowed(role, 'records') ? html`<${Names} q=${params.q} />` : null}
            <p id="search-total">${t('search.results', { total: formatNumber(data.total) })}</p>
            <ol class="hits">${data.items.map(
              (h) => html`<li>
                <a href=${href('sources', h.id)}>${h.title ?? t('sources.untitled')}</a>
                <div class="meta">${h.outlet ?? '—'} · ${formatDate(h.published)} · ${h.language}</div>
                <p class="snippet"><${Marked} parts=${h.snippet} /></p>
              </li>`,
            )}</ol>
          </div>
        </div>`
        : null
    }
  </div>`;
}
