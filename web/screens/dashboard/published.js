/**
 * The published numbers (GET /api/public/summary), for everyone: per event
 * type the lower bound of the people involved, then, for the type chosen, by
 * month, place and unit. Every number links to its page of facts and sources
 * (#/number/{id}). Types are never added together. While the server recounts
 * after a change it says so, and this panel asks again shortly.
 */
import { html, useEffect, useState } from '/vendor/htm-preact.js';
import { formatDate, formatNumber, t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { ErrorBox, Loading, label, useApi } from '../../lib/ui.js';
import { Timeline } from './chart.js';
import { PlacesMap } from './map.js';

/** How long to wait before asking again while the server recounts. */
const RETRY_MS = 2000;
/** Rows shown in the place and unit tables (the exports have all). */
const TOP = 15;

/** A number as a link to its page, marked when it rests on unreviewed claims. */
export function NumberLink({ n }) {
  return html`<a class="number" href=${href('number', n.id)}>${formatNumber(n.value)}</a>${
    n.reviewed
      ? null
      : html` <span class="unreviewed" title=${t('pub.unreviewedTitle')}>${t('pub.unreviewedMark')}</span>`
  }`;
}

function Totals({ types, chosen, onChoose }) {
  return html`<table id="pub-totals">
    <caption>${t('pub.totals')}</caption>
    <thead><tr><th scope="col">${t('dashboard.type')}</th><th scope="col" class="num">${t('pub.atLeast')}</th><th scope="col"><span class="visually-hidden">${t('pub.show')}</span></th></tr></thead>
    <tbody>${types.map(
      (s) => html`<tr data-type=${s.type}>
        <th scope="row">${label('event', s.type)}</th>
        <td class="num"><${NumberLink} n=${s.total} /></td>
        <td>${
          s.type === chosen
            ? html`<span aria-current="true">${t('pub.shown')}</span>`
            : html`<button type="button" class="link" onClick=${() => onChoose(s.type)}>${t('pub.show')}</button>`
        }</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

function Ranked({ id, caption, head, rows, name, unstated }) {
  if (rows.length === 0 && !unstated) return null;
  return html`<table id=${id}>
    <caption>${caption}</caption>
    <thead><tr><th scope="col">${head}</th><th scope="col" class="num">${t('pub.atLeast')}</th></tr></thead>
    <tbody>
      ${rows.slice(0, TOP).map((n) => html`<tr><th scope="row">${name(n)}</th><td class="num"><${NumberLink} n=${n} /></td></tr>`)}
      ${unstated ? html`<tr class="unstated"><th scope="row">${t('pub.notStated')}</th><td class="num"><${NumberLink} n=${unstated} /></td></tr>` : null}
    </tbody>
  </table>`;
}

function TypeDetail({ slice, data }) {
  const months = slice.months.map((n) => ({ month: n.month, count: n.value, href: href('number', n.id) }));
  const places = slice.places.flatMap((n) => {
    const p = data.places[n.place];
    return p ? [{ ...p, count: n.value, href: href('number', n.id) }] : [];
  });
  const type = label('event', slice.type);
  return html`<section class="pub-type" data-type=${slice.type}>
    <h2>${t('pub.detailTitle', { type })}</h2>
    <h3>${t('pub.timeline')}</h3>
    <${Timeline} rows=${months} />
    <p class="note">${t('pub.monthsNote')}${
      slice.undated ? html` ${t('pub.undated')} <${NumberLink} n=${slice.undated} />.` : null
    }</p>
    <h3>${t('pub.map')}</h3>
    <${PlacesMap} places=${places} />
    <p class="note">${t('pub.placesNote')}</p>
    <div class="columns">
      <${Ranked} id="pub-places" caption=${t('pub.byPlace')} head=${t('dashboard.place')} rows=${slice.places}
        unstated=${slice.placeUnstated} name=${(n) => data.places[n.place]?.name ?? n.place} />
      <${Ranked} id="pub-units" caption=${t('pub.byUnit')} head=${t('pub.unit')} rows=${slice.units}
        unstated=${slice.unitUnstated} name=${(n) => data.units[n.unit] ?? n.unit} />
    </div>
  </section>`;
}

function Downloads() {
  return html`<p class="downloads">${t('pub.download')}${' '}<a href="/api/public/dataset.json" download>JSON</a>${' · '}<a href="/api/public/dataset.csv" download>CSV</a>${' · '}<a href="/api/public/places.geojson" download>GeoJSON</a>. ${t('pub.dictionary')}</p>`;
}

export function PublishedNumbers({ stats }) {
  const { data, error, reload } = useApi('/api/public/summary');
  const [chosen, setChosen] = useState(null);
  useEffect(() => {
    if (!data?.updating) return;
    const timer = setTimeout(reload, RETRY_MS);
    return () => clearTimeout(timer);
  }, [data]);
  if (error) return html`<${ErrorBox} error=${error} />`;
  if (!data) return html`<${Loading} />`;
  const slice = data.types.find((s) => s.type === chosen) ?? data.types[0];
  return html`<section class="published" aria-labelledby="pub-h">
    <h2 id="pub-h">${t('pub.title')}</h2>
    <p class=${data.reviewedOnly ? 'note' : 'note warning'}>${t(data.reviewedOnly ? 'pub.reviewedNote' : 'pub.unreviewedNote')} ${t('pub.lowerBoundNote')}</p>
    ${data.updating ? html`<p class="note" role="status">${t('pub.updating')}</p>` : null}
    <div class="stats">
      <div class="stat" data-stat="sources"><span class="stat-value">${formatNumber(data.sources)}</span><span class="stat-name">${t('pub.sources')}</span></div>
      ${stats}
    </div>
    ${
      data.types.length === 0
        ? html`<p class="notice" id="pub-none">${t(data.reviewedOnly ? 'pub.noneReviewed' : 'pub.none')}</p>`
        : html`<${Totals} types=${data.types} chosen=${slice.type} onChoose=${setChosen} />
          <${TypeDetail} key=${slice.type} slice=${slice} data=${data} />`
    }
    <${Downloads} />
    <p class="note">${t('pub.asOf', { date: formatDate(data.generatedAt.slice(0, 10)) })}</p>
  </section>`;
}
