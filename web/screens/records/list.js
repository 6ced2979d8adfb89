/**
 * Records: persons, units, places, facilities and organisations, one kind at
 * a time or all, found by a name typed in either script; each links to its
 * page. The kind, the name and the page live in the address, so a list
 * survives a reload and can be shared.
 */
import { html, useEffect, useState } from '/vendor/htm-preact.js';
import { formatNumber, t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { ErrorBox, Loading, label, useApi } from '../../lib/ui.js';

const KINDS = ['', 'person', 'unit', 'place', 'facility', 'organization'];
const PAGE = 50;

const clean = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== '0'));

export function RecordList({ route }) {
  const kind = route.query.get('kind') ?? '';
  const q = route.query.get('q') ?? '';
  const offset = Math.max(0, Number(route.query.get('offset') ?? 0) || 0);
  const [draft, setDraft] = useState(q);
  // The address changes under the screen (back, a kind tab): the box shows what is searched.
  useEffect(() => setDraft(q), [q]);
  const query = new URLSearchParams(clean({ kind, q, limit: String(PAGE), offset: String(offset) }));
  const { data, error, loading } = useApi(`/api/records?${query}`);
  const go = (next) => {
    location.hash = href('records', null, clean({ kind, q, ...next }));
  };
  const submit = (e) => {
    e.preventDefault();
    go({ q: draft.trim(), offset: '0' });
  };
  return html`<div class="records">
    <h1>${t('records.listTitle')}</h1>
    <div class="tabs" role="group" aria-label=${t('records.kind')}>
      ${KINDS.map(
        (k) =>
          html`<button type="button" aria-pressed=${k === kind ? 'true' : 'false'} onClick=${() => go({ kind: k, offset: '0' })}>${t(`records.tab.${k || 'all'}`)}</button>`,
      )}
    </div>
    <form class="filters" role="search" onSubmit=${submit}>
      <label class="grow">${t('records.find')}
        <input type="search" name="q" value=${draft} onInput=${(e) => setDraft(e.target.value)} />
      </label>
      <button type="submit">${t('search.submit')}</button>
    </form>
    <p class="hint">${t('records.findHint')}</p>
    <${ErrorBox} error=${error} />
    ${loading && !data ? html`<${Loading} />` : null}
    ${data ? html`<${Table} data=${data} offset=${offset} go=${go} />` : null}
  </div>`;
}

function Table({ data, offset, go }) {
  if (data.items.length === 0) return html`<p id="records-total">${t('records.none')}</p>`;
  return html`<p id="records-total">${t('records.total', { total: formatNumber(data.total) })}</p>
    <table class="list">
      <thead><tr>
        <th scope="col">${t('records.name')}</th><th scope="col">${t('records.kind')}</th>
        <th scope="col">${t('records.claimsCol')}</th><th scope="col">${t('records.sourcesCol')}</th>
      </tr></thead>
      <tbody>${data.items.map(
        (r) => html`<tr>
          <td><a href=${href('records', r.id)}>${r.name}</a></td>
          <td><span class="kind kind-${r.kind}">${label('kind', r.kind)}</span></td>
          <td>${formatNumber(r.claims)}</td><td>${formatNumber(r.sources)}</td>
        </tr>`,
      )}</tbody>
    </table>
    <nav class="pager" aria-label=${t('records.pages')}>
      ${offset > 0 ? html`<button type="button" class="secondary" onClick=${() => go({ offset: String(Math.max(0, offset - PAGE)) })}>${t('common.previous')}</button>` : null}
      ${offset + PAGE < data.total ? html`<button type="button" class="secondary" onClick=${() => go({ offset: String(offset + PAGE) })}>${t('common.next')}</button>` : null}
    </nav>`;
}
