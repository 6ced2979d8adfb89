/** Sources: a filterable list (language, outlet), newest page links to the reader. */
import { html, useState } from '/vendor/htm-preact.js';
import { formatDate, t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { ErrorBox, Loading, useApi } from '../../lib/ui.js';

const PAGE = 50;

export function SourceList({ route }) {
  const language = route.query.get('language') ?? '';
  const outlet = route.query.get('outlet') ?? '';
  const offset = Number(route.query.get('offset') ?? 0);
  const [draft, setDraft] = useState({ language, outlet });
  const query = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
  if (language) query.set('language', language);
  if (outlet) query.set('outlet', outlet);
  const { data, error, loading } = useApi(`/api/sources?${query}`);
  const go = (q) => {
    location.hash = href(
      'sources',
      null,
      Object.fromEntries(Object.entries(q).filter(([, v]) => v !== '' && v !== '0')),
    );
  };
  const submit = (e) => {
    e.preventDefault();
    go({ ...draft, offset: '0' });
  };
  return html`<div>
    <h1>${t('sources.title')}</h1>
    <form class="filters" onSubmit=${submit}>
      <label>${t('sources.language')}
        <select value=${draft.language} onChange=${(e) => setDraft({ ...draft, language: e.target.value })}>
          <option value="">${t('common.all')}</option><option value="en">English</option><option value="ru">Русский</option><option value="other">…</option>
        </select>
      </label>
      <label>${t('sources.outlet')}
        <input value=${draft.outlet} onInput=${(e) => setDraft({ ...draft, outlet: e.target.value })} />
      </label>
      <button type="submit">${t('sources.filter')}</button>
    </form>
    <${ErrorBox} error=${error} />
    ${loading && !data ? html`<${Loading} />` : null}
    ${
      data
        ? html`<table class="list">
          <thead><tr><th scope="col">${t('sources.titleCol')}</th><th scope="col">${t('sources.outlet')}</th><th scope="col">${t('sources.published')}</th><th scope="col">${t('sources.language')}</th></tr></thead>
          <tbody>${data.items.map(
            (s) => html`<tr>
              <td><a href=${href('sources', s.id)}>${s.title ?? t('sources.untitled')}</a>${s.duplicateOf ? html` <span class="badge">${t('sources.reprint')}</span>` : null}</td>
              <td>${s.outlet ?? '—'}</td><td>${formatDate(s.published)}</td><td>${s.language}</td>
            </tr>`,
          )}</tbody>
        </table>
        <nav class="pager" aria-label="pages">
          ${offset > 0 ? html`<a href=${href('sources', null, { ...Object.fromEntries(route.query), offset: String(Math.max(0, offset - PAGE)) })}>${t('common.previous')}</a>` : null}
          ${data.items.length === PAGE ? html`<a href=${href('sources', null, { ...Object.fromEntries(route.query), offset: String(offset + PAGE) })}>${t('common.next')}</a>` : null}
        </nav>`
        : null
    }
  </div>`;
}
