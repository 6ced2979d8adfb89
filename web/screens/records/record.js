/**
 * Person, unit and place pages: the record, then a timeline of the events
 * and claims that mention it, each with its source.
 */
import { html } from '/vendor/htm-preact.js';
import { formatDate, t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { ErrorBox, Loading, label, useApi } from '../../lib/ui.js';

/** When a link happened: the event's own full date, else the source's publication date. */
function whenOf(link) {
  const d = link.value.date;
  if (typeof d === 'string' && /^\d{4}/.test(d)) return d;
  return link.source.published;
}

function describe(link) {
  const v = link.value;
  if (link.kind === 'event') return label('event', v.type) + (v.count ? ` (${v.count})` : '');
  if (link.kind === 'figure') return `${v.value} ${label('figure', v.counts)}`;
  return v.mention ?? v.canonical ?? v.key ?? '';
}

export function RecordPage({ id }) {
  const { data, error } = useApi(id ? `/api/records/${encodeURIComponent(id)}` : null);
  if (error) return html`<${ErrorBox} error=${error} />`;
  if (!data) return html`<${Loading} />`;
  const links = data.links
    .filter((l) => l.state !== 'rejected' && l.state !== 'obsolete')
    .map((l) => ({ ...l, when: whenOf(l) }))
    .sort((a, b) => (a.when ?? '9999').localeCompare(b.when ?? '9999'));
  const aliases = Array.isArray(data.data.aliases) ? data.data.aliases : [];
  return html`<article class="record">
    <h1><span class="kind kind-${data.kind}">${label('kind', data.kind)}</span> ${data.name}</h1>
    <p class="meta">${t('records.mentions', { claims: data.claims, sources: data.sources })}</p>
    ${aliases.length ? html`<p>${t('records.aliases')}: ${aliases.join(', ')}</p>` : null}
    <h2>${t('records.timeline')}</h2>
    <ol class="timeline">
      ${links.map(
        (l) => html`<li>
          <time datetime=${l.when ?? ''}>${l.when ? formatDate(l.when) : t('records.undated')}</time>
          <div>
            <span class="kind kind-${l.kind}">${label('kind', l.kind)}</span> ${describe(l)}
            <span class="state">${label('state', l.state)}</span>
            <div class="meta"><a href=${href('sources', l.source.id, { claim: l.claimId })}>${l.source.title ?? t('sources.untitled')}</a>${l.source.outlet ? ` · ${l.source.outlet}` : ''}</div>
          </div>
        </li>`,
      )}
    </ol>
  </article>`;
}
