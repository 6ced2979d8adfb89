/**
 * Map of places on an offline basemap: country shapes from the world-atlas
 * package (Natural Earth 1:50m, served by this server), projected with
 * d3-geo to SVG. No tile server, nothing fetched from elsewhere.
 */
import { html, useEffect, useState } from '/vendor/htm-preact.js';
import { formatNumber, t } from '../../lib/i18n.js';

const W = 720;
const H = 420;
/** ISO 3166-1 numeric codes of the countries drawn: Russia, Ukraine and their neighbours. */
const SHOWN = new Set([
  '643',
  '804',
  '112',
  '398',
  '268',
  '498',
  '616',
  '440',
  '428',
  '233',
  '246',
  '642',
  '051',
  '031',
  '496',
  '156',
  '795',
  '860',
  '417',
  '762',
  '004',
  '364',
  '792',
  '100',
  '348',
  '703',
  '203',
  '578',
  '752',
  '276',
  '040',
]);
/** What the map frames at least: Ukraine and European Russia. */
const FRAME = [
  [22, 44],
  [60, 62],
];

let basemap = null;
async function loadBasemap() {
  if (!basemap) {
    basemap = fetch('/vendor/countries-50m.json')
      .then((r) => r.json())
      .then((world) => {
        const all = globalThis.topojson.feature(world, world.objects.countries).features;
        return all.filter((f) => SHOWN.has(String(f.id)));
      });
  }
  return basemap;
}

function frameOf(points) {
  const coords = [...FRAME, ...points.map((p) => [p.lon, p.lat])];
  return { type: 'MultiPoint', coordinates: coords };
}

export function PlacesMap({ places }) {
  const [countries, setCountries] = useState(null);
  useEffect(() => {
    loadBasemap().then(setCountries, () => setCountries([]));
  }, []);
  if (places.length === 0) return html`<p>${t('dashboard.noMap')}</p>`;
  if (!countries || !globalThis.d3) return html`<div class="map-placeholder" />`;
  const d3 = globalThis.d3;
  const projection = d3
    .geoConicConformal()
    .rotate([-45, 0])
    .parallels([44, 60])
    .fitExtent(
      [
        [16, 16],
        [W - 16, H - 16],
      ],
      frameOf(places),
    );
  const path = d3.geoPath(projection);
  const max = Math.max(...places.map((p) => p.count), 1);
  const radius = (n) => 3 + 14 * Math.sqrt(n / max);
  // Points that link to their numbers make the map a group of links, not an image (axe: nested-interactive).
  const linked = places.some((p) => p.href);
  return html`<figure class="map">
    <svg viewBox="0 0 ${W} ${H}" role=${linked ? 'group' : 'img'} aria-label=${t('dashboard.mapLabel')}>
      <rect width=${W} height=${H} class="sea" />
      <g class="land">${countries.map((f) => html`<path d=${path(f)} />`)}</g>
      <g class="points">
        ${places.map((p) => {
          const xy = projection([p.lon, p.lat]);
          if (!xy || xy[0] < 0 || xy[0] > W || xy[1] < 0 || xy[1] > H) return null;
          const dot = html`<circle cx=${xy[0]} cy=${xy[1]} r=${radius(p.count)}><title>${p.name}: ${formatNumber(p.count)}</title></circle>`;
          return p.href ? html`<a href=${p.href}>${dot}</a>` : dot;
        })}
      </g>
    </svg>
  </figure>`;
}
