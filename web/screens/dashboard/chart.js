/** Timeline: one number per month as an SVG bar chart, each bar a link to its number's page (attributes only: the CSP allows no inline style). */
import { html } from '/vendor/htm-preact.js';
import { formatMonth, formatNumber, t } from '../../lib/i18n.js';

const W = 720;
const H = 220;
const PAD = { left: 40, right: 8, top: 12, bottom: 40 };

/** Every month from the first to the last, so gaps show as empty months. */
function fillMonths(rows) {
  if (rows.length === 0) return [];
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const sorted = [...byMonth.keys()].sort();
  const out = [];
  let [y, m] = sorted[0].split('-').map(Number);
  const last = sorted.at(-1);
  for (let guard = 0; guard < 600; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    const row = byMonth.get(key);
    out.push({ month: key, count: row?.count ?? 0, href: row?.href });
    if (key >= last) break;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return out;
}

function bar(m, x, width, y) {
  const rect = html`<rect x=${x} y=${y(m.count)} width=${width} height=${y(0) - y(m.count)} class="bar">
    <title>${formatMonth(m.month)}: ${formatNumber(m.count)}</title>
  </rect>`;
  return m.href ? html`<a href=${m.href}>${rect}</a>` : rect;
}

export function Timeline({ rows }) {
  const months = fillMonths(rows);
  if (months.length === 0) return html`<p>${t('common.none')}</p>`;
  const max = Math.max(...months.map((m) => m.count), 1);
  const slot = (W - PAD.left - PAD.right) / months.length;
  const y = (v) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / max);
  const every = Math.ceil(months.length / 12);
  // Bars that link to their numbers make the chart a group of links, not an image (axe: nested-interactive).
  const linked = months.some((m) => m.href);
  return html`<figure class="chart">
    <svg viewBox="0 0 ${W} ${H}" role=${linked ? 'group' : 'img'} aria-label=${t('dashboard.timelineLabel')}>
      <line x1=${PAD.left} x2=${W - PAD.right} y1=${y(0)} y2=${y(0)} class="axis" />
      <text x=${PAD.left - 6} y=${y(max) + 4} class="tick" text-anchor="end">${formatNumber(max)}</text>
      <text x=${PAD.left - 6} y=${y(0)} class="tick" text-anchor="end">0</text>
      ${months.map(
        (m, i) => html`<g>
          ${bar(m, PAD.left + i * slot + slot * 0.15, slot * 0.7, y)}
          ${
            i % every === 0
              ? html`<text x=${PAD.left + i * slot + slot / 2} y=${H - PAD.bottom + 16} class="tick" text-anchor="middle">${formatMonth(m.month)}</text>`
              : null
          }
        </g>`,
      )}
    </svg>
  </figure>`;
}
