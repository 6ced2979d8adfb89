/**
 * The casework in anonymous numbers (GET /api/public/casework), for
 * everyone: cases taken on and consultations, by month, outcome and home
 * region, complete months only. Small counts come hidden from the server
 * (and, with them, any cell from which a hidden one could be worked out);
 * this panel says "hidden" rather than guessing. The public also gets the
 * way to report a missing man.
 */
import { html } from '/vendor/htm-preact.js';
import { formatMonth, formatNumber, t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { useApi } from '../../lib/ui.js';
import { useRegions } from '../intake/regions.js';

/** The months shown: the latest year of them. */
const MONTHS = 12;

function Cell({ cell }) {
  if (cell?.suppressed) return html`<td class="num suppressed">${t('casework.hidden')}</td>`;
  return html`<td class="num">${cell ? formatNumber(cell.count ?? 0) : '0'}</td>`;
}

function Total({ id, name, cell }) {
  return html`<div class="stat" data-stat=${id}>
    <span class="stat-value">${cell.suppressed ? t('casework.hidden') : formatNumber(cell.count ?? 0)}</span>
    <span class="stat-name">${name}</span>
  </div>`;
}

function ByMonth({ stats }) {
  const opened = new Map(stats.casesOpenedByMonth.map((r) => [r.month, r]));
  const consulted = new Map(stats.consultationsByMonth.map((r) => [r.month, r]));
  const months = [...new Set([...opened.keys(), ...consulted.keys()])].sort().slice(-MONTHS);
  if (months.length === 0) return null;
  return html`<table id="casework-months">
    <caption>${t('casework.byMonth')}</caption>
    <thead><tr><th scope="col">${t('casework.month')}</th><th scope="col" class="num">${t('casework.opened')}</th><th scope="col" class="num">${t('casework.consultations')}</th></tr></thead>
    <tbody>${months.map((m) => html`<tr><th scope="row">${formatMonth(m)}</th><${Cell} cell=${opened.get(m)} /><${Cell} cell=${consulted.get(m)} /></tr>`)}</tbody>
  </table>`;
}

function Table({ id, caption, head, rows }) {
  if (rows.length === 0) return null;
  return html`<table id=${id}>
    <caption>${caption}</caption>
    <thead><tr><th scope="col">${head}</th><th scope="col" class="num">${t('casework.cases')}</th></tr></thead>
    <tbody>${rows.map(([name, cell]) => html`<tr><th scope="row">${name}</th><${Cell} cell=${cell} /></tr>`)}</tbody>
  </table>`;
}

export function CaseworkPanel({ isPublic }) {
  const { data } = useApi('/api/public/casework');
  const regions = useRegions();
  const report = isPublic
    ? html`<p class="report-callout"><a class="button" href=${href('report')}>${t('casework.reportLink')}</a> ${t('casework.reportNote')}</p>`
    : null;
  // Statistics are an extra: when they cannot be had, the rest of the dashboard stands alone.
  if (!data) return report;
  const hiddenNote = data.suppression.applied
    ? t('casework.hiddenNote', { threshold: data.suppression.threshold })
    : null;
  return html`<section class="casework-stats" aria-labelledby="casework-h">
    <h2 id="casework-h">${t('casework.title')}</h2>
    ${report}
    <p class="note">${t('casework.note')}${hiddenNote ? ` ${hiddenNote}` : ''}</p>
    <div class="stats">
      <${Total} id="casework-cases" name=${t('casework.totalCases')} cell=${data.totals.cases} />
      <${Total} id="casework-consultations" name=${t('casework.totalConsultations')} cell=${data.totals.consultations} />
    </div>
    <div class="columns">
      <${ByMonth} stats=${data} />
      <${Table} id="casework-outcomes" caption=${t('casework.outcomes')} head=${t('cases.status')}
        rows=${data.outcomes.map((r) => [t(`caseStatus.${r.status}`), r])} />
      <${Table} id="casework-regions" caption=${t('casework.regions')} head=${t('casework.region')}
        rows=${data.regions.map((r) => [r.region ? regions.name(r.region) : t('casework.regionUnknown'), r])} />
    </div>
  </section>`;
}
