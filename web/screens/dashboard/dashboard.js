/**
 * Dashboard. The public sees the published subset (/api/public/*); members
 * also see review progress and every place named in claims (/api/overview).
 * Everyone sees the casework in anonymous numbers (casework.js).
 */
import { html } from '/vendor/htm-preact.js';
import { formatNumber, t } from '../../lib/i18n.js';
import { ErrorBox, Loading, label, useApi } from '../../lib/ui.js';
import { CaseworkPanel } from './casework.js';
import { Timeline } from './chart.js';
import { PlacesMap } from './map.js';

function Stat({ name, value, id }) {
  return html`<div class="stat" data-stat=${id}><span class="stat-value">${formatNumber(value)}</span><span class="stat-name">${name}</span></div>`;
}

function Figures({ figures }) {
  if (!figures?.length) return null;
  return html`<section>
    <h2>${t('dashboard.figures')}</h2>
    <table>
      <thead><tr><th scope="col">${t('dashboard.figure')}</th><th scope="col" class="num">${t('dashboard.atLeast')}</th><th scope="col" class="num">${t('dashboard.sourcesCol')}</th></tr></thead>
      <tbody>${figures.map((f) => html`<tr><td>${label('figure', f.counts)}</td><td class="num">${formatNumber(f.lowerBound)}</td><td class="num">${formatNumber(f.sources.length)}</td></tr>`)}</tbody>
    </table>
  </section>`;
}

function ByType({ rows, reviewed }) {
  return html`<section>
    <h2>${t('dashboard.byType')}</h2>
    <table id="by-type">
      <thead><tr><th scope="col">${t('dashboard.type')}</th><th scope="col" class="num">${t('dashboard.reports')}</th>${reviewed ? html`<th scope="col" class="num">${t('dashboard.reviewedCol')}</th>` : null}</tr></thead>
      <tbody>${rows.map((r) => html`<tr><td>${label('event', r.type)}</td><td class="num">${formatNumber(r.reports)}</td>${reviewed ? html`<td class="num">${formatNumber(r.reviewed)}</td>` : null}</tr>`)}</tbody>
    </table>
  </section>`;
}

function Layout({ stats, byType, reviewed, figures, months, places, note }) {
  return html`<div class="dashboard">
    <h1>${t('dashboard.title')}</h1>
    ${note ? html`<p class="note">${note}</p>` : null}
    <div class="stats">${stats}</div>
    <div class="columns">
      <${ByType} rows=${byType} reviewed=${reviewed} />
      <${Figures} figures=${figures} />
    </div>
    <section><h2>${t('dashboard.timeline')}</h2><${Timeline} rows=${months} /></section>
    <section><h2>${t('dashboard.map')}</h2><${PlacesMap} places=${places} /></section>
  </div>`;
}

function PublicDashboard() {
  const { data, error } = useApi('/api/public/summary');
  if (error) return html`<${ErrorBox} error=${error} />`;
  if (!data) return html`<${Loading} />`;
  const months = data.byMonth
    .filter((r) => r.month)
    .map((r) => ({ month: r.month.slice(0, 7), count: r.events }));
  return html`<${Layout}
    note=${t('dashboard.publicNote')}
    stats=${html`<${Stat} id="sources" name=${t('dashboard.sources')} value=${data.sources} />`}
    byType=${data.byType.map((r) => ({ type: r.type, reports: r.events }))}
    reviewed=${false}
    figures=${data.figures}
    months=${sumByMonth(months)}
    places=${data.places.map((p) => ({ ...p, count: p.events }))}
  />`;
}

function sumByMonth(rows) {
  const m = new Map();
  for (const r of rows) m.set(r.month, (m.get(r.month) ?? 0) + r.count);
  return [...m].map(([month, count]) => ({ month, count }));
}

function MemberDashboard() {
  const o = useApi('/api/overview');
  const published = useApi('/api/public/summary');
  if (o.error) return html`<${ErrorBox} error=${o.error} />`;
  if (!o.data) return html`<${Loading} />`;
  const d = o.data;
  const reviewed = (d.claims.accepted ?? 0) + (d.claims.edited ?? 0);
  return html`<${Layout}
    stats=${html`<${Stat} id="sources" name=${t('dashboard.sources')} value=${d.sources} />
      <${Stat} id="pending" name=${t('dashboard.pending')} value=${d.pending.claims} />
      <${Stat} id="reviewed" name=${t('dashboard.reviewed')} value=${reviewed} />
      <${Stat} id="merges" name=${t('dashboard.merges')} value=${d.pending.merges} />`}
    byType=${d.byType}
    reviewed=${true}
    figures=${published.data?.figures}
    months=${d.byMonth.map((r) => ({ month: r.month, count: r.reports }))}
    places=${d.places.map((p) => ({ ...p, count: p.reports }))}
  />`;
}

export function Dashboard({ role }) {
  return html`${role ? html`<${MemberDashboard} />` : html`<${PublicDashboard} />`}
    <${CaseworkPanel} isPublic=${!role} />`;
}
