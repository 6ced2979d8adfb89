/** Proposed person merges: two mentions, each with its source; same person or different persons. */
import { html, useEffect, useState } from '/vendor/htm-preact.js';
import { api } from '../../lib/api.js';
import { formatDate, formatNumber, t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { ErrorBox, Loading, label, useApi } from '../../lib/ui.js';
import { commandOf } from './keys.js';

function Side({ side }) {
  return html`<div class="merge-side">
    <strong>${side.mention}</strong> ${side.role ? html`<span class="badge">${side.role}</span>` : null}
    <div><a href=${href('sources', side.sourceId, { claim: side.claimId })}>${side.sourceTitle ?? t('sources.untitled')}</a> · ${formatDate(side.published)}</div>
  </div>`;
}

export function Merges() {
  const { data, error, reload } = useApi('/api/review/merges?limit=50');
  const [focus, setFocus] = useState(0);
  const [problem, setProblem] = useState(null);
  const items = data?.items ?? [];
  const decide = async (item, decision) => {
    try {
      await api('/api/review/merges', {
        method: 'POST',
        body: { a: item.a.claimId, b: item.b.claimId, decision },
      });
      reload();
    } catch (e) {
      setProblem(e);
    }
  };
  useEffect(() => {
    const onKey = (e) => {
      const cmd = commandOf(e);
      const item = items[focus];
      if (cmd === 'next') setFocus(Math.min(focus + 1, items.length - 1));
      else if (cmd === 'previous') setFocus(Math.max(focus - 1, 0));
      else if (item && cmd === 'same') decide(item, 'same');
      else if (item && cmd === 'different') decide(item, 'different');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  if (error) return html`<${ErrorBox} error=${error} />`;
  if (!data) return html`<${Loading} />`;
  if (items.length === 0) return html`<p>${t('review.empty')}</p>`;
  return html`<${ErrorBox} error=${problem} />
    <ul class="queue">
      ${items.map(
        (m, i) => html`<li class=${i === focus ? 'focused' : ''}>
          <span class="kind kind-person">${label('kind', 'person')}</span>
          <div class="merge"><${Side} side=${m.a} /><${Side} side=${m.b} /></div>
          <p class="meta">${t('review.posterior', { p: formatNumber(Math.round(m.posterior * 100) / 100) })}</p>
          <div class="actions">
            <button type="button" onClick=${() => decide(m, 'same')}>${t('review.same')}</button>
            <button type="button" class="secondary" onClick=${() => decide(m, 'different')}>${t('review.different')}</button>
          </div>
        </li>`,
      )}
    </ul>`;
}
