/**
 * Person, unit and place pages: the record, then a timeline of the events
 * and claims that mention it, each with its source. Entries with no date at
 * all (neither their own nor their source's) are listed apart after it, so
 * they are not read as the latest.
 */
import { html } from '/vendor/htm-preact.js';
import { formatDate, t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { ErrorBox, Loading, label, useApi } from '../../lib/ui.js';
import { describeClaim } from '../review/values.js';
import { splitTimeline } from './timeline.js';

function Entry({ link }) {
  // Each part is its own element with a space between: read aloud or copied, the name and the state stay apart.
  return html`<li>
    ${link.when ? html`<time datetime=${link.when}>${formatDate(link.when)}</time>` : null}
    <div>
      <span class="kind kind-${link.kind}">${label('kind', link.kind)}</span>${' '}
      <span class="what">${describeClaim(link.kind, link.value, { label, t })}</span>${' '}
      <span class="state badge">${label('state', link.state)}</span>
      <div class="meta"><a href=${href('sources', link.source.id, { claim: link.claimId })}>${link.source.title ?? t('sources.untitled')}</a>${link.source.outlet ? ` · ${link.source.outlet}` : ''}</div>
    </div>
  </li>`;
}

export function RecordPage({ id }) {
  const { data, error } = useApi(`/api/records/${encodeURIComponent(id)}`);
  if (error) return html`<${ErrorBox} error=${error} />`;
  if (!data) return html`<${Loading} />`;
  const { dated, undated } = splitTimeline(data.links);
  const aliases = Array.isArray(data.data.aliases) ? data.data.aliases : [];
  return html`<article class="record">
    <p><a href=${href('records', null, { kind: data.kind })}>${t('records.back')}</a></p>
    <h1><span class="kind kind-${data.kind}">${label('kind', data.kind)}</span> ${data.name}</h1>
    <p class="meta">${t('records.mentions', { claims: data.claims, sources: data.sources })}</p>
    ${aliases.length ? html`<p>${t('records.aliases')}: ${aliases.join(', ')}</p>` : null}
    <h2>${t('records.timeline')}</h2>
    ${dated.length ? html`<ol class="timeline" id="timeline-dated">${dated.map((l) => html`<${Entry} link=${l} />`)}</ol>` : html`<p>${t('records.noDated')}</p>`}
    ${
      undated.length
        ? html`<section class="undated" aria-labelledby="undated-title">
          <h3 id="undated-title">${t('records.undated')}</h3>
          <p class="hint">${t('records.undatedHint')}</p>
          <ul class="timeline" id="timeline-undated">${undated.map((l) => html`<${Entry} link=${l} />`)}</ul>
        </section>`
        : null
    }
  </article>`;
}
