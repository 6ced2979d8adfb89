/**
 * The source reader: the text with its claims highlighted by kind; a click
 * on a highlighted passage shows that claim's evidence (its own words), the
 * rule that made it, and its review state, with review buttons for reviewers.
 */
import { html, useState } from '/vendor/htm-preact.js';
import { ApiError, api } from '../../lib/api.js';
import { formatDate, t } from '../../lib/i18n.js';
import { ErrorBox, Loading, label, useApi } from '../../lib/ui.js';
import { segments } from './highlight.js';

const KINDS = ['event', 'figure', 'person', 'unit', 'place', 'organization'];

function ClaimPanel({ claim, text, canReview, onReviewed }) {
  const [error, setError] = useState(null);
  if (!claim) return html`<p class="hint">${t('reader.pick')}</p>`;
  const review = async (action) => {
    try {
      setError(null);
      // The version shown: a decision made meanwhile by someone else is not silently overwritten (409).
      await api(`/api/claims/${encodeURIComponent(claim.id)}/review`, {
        method: 'POST',
        body: { action, version: claim.version },
      });
      onReviewed();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setError({ title: t('review.changed') });
        onReviewed();
      } else setError(e);
    }
  };
  const fields = Object.entries(claim.value).filter(([k]) => !['start', 'end', 'rule', 'quote'].includes(k));
  return html`<div class="claim-panel" data-claim=${claim.id}>
    <h3><span class="kind kind-${claim.kind}">${label('kind', claim.kind)}</span> <span class="state">${label('state', claim.state)}</span></h3>
    <h4>${t('reader.evidence')}</h4>
    <blockquote>${text.slice(claim.start, claim.end)}</blockquote>
    <dl>
      <dt>${t('reader.rule')}</dt><dd><code>${claim.rule}</code></dd>
      <dt>${t('reader.extractor')}</dt><dd><code>${claim.extractor}</code></dd>
      ${fields.map(([k, v]) => html`<dt>${k}</dt><dd>${v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v)}</dd>`)}
    </dl>
    ${
      canReview
        ? html`<div class="actions">
          <button type="button" onClick=${() => review('accept')}>${t('review.accept')}</button>
          <button type="button" class="secondary" onClick=${() => review('reject')}>${t('review.reject')}</button>
        </div>`
        : null
    }
    <${ErrorBox} error=${error} />
  </div>`;
}

export function Reader({ id, role, route }) {
  const source = useApi(`/api/sources/${encodeURIComponent(id)}`);
  const claims = useApi(`/api/claims?source=${encodeURIComponent(id)}&limit=5000`);
  const [selected, setSelected] = useState(route.query.get('claim'));
  if (source.error || claims.error) return html`<${ErrorBox} error=${source.error ?? claims.error} />`;
  if (!source.data || !claims.data) return html`<${Loading} />`;
  const s = source.data;
  const live = claims.data.items.filter((c) => c.state !== 'obsolete' && c.state !== 'rejected');
  const claim = claims.data.items.find((c) => c.id === selected) ?? null;
  const canReview = role === 'admin' || role === 'researcher';
  return html`<article class="reader">
    <header>
      <h1>${s.title ?? t('sources.untitled')}</h1>
      <p class="meta">${s.outlet ?? '—'} · ${formatDate(s.published)} · ${s.language}${s.url ? html` · <a href=${s.url} rel="noreferrer noopener" target="_blank">${t('reader.open')}</a>` : null}</p>
      <p class="legend"><span>${t('reader.legend')}:</span> ${KINDS.map((k) => html`<span class="kind kind-${k}">${label('kind', k)}</span> `)}</p>
    </header>
    <div class="reader-body">
      <div class="text" lang=${s.language === 'ru' ? 'ru' : 'en'}>
        ${segments(s.text, live).map((seg) => {
          if (seg.covering.length === 0) return seg.text;
          const kinds = [...new Set(seg.covering.map((c) => c.kind))];
          const pick = seg.covering[0];
          // A button to the keyboard too: Tab reaches each highlight, Enter or Space shows its evidence.
          const choose = () => setSelected(pick.id);
          const onKeyDown = (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              choose();
            }
          };
          return html`<span class=${`hl ${kinds.map((k) => `hl-${k}`).join(' ')}${pick.id === selected ? ' hl-selected' : ''}`} data-claim=${pick.id} role="button" tabindex="0" aria-pressed=${pick.id === selected ? 'true' : 'false'} onClick=${choose} onKeyDown=${onKeyDown}>${seg.text}</span>`;
        })}
      </div>
      <aside class="side" aria-label=${t('reader.claims')}>
        <${ClaimPanel} claim=${claim} text=${s.text} canReview=${canReview} onReviewed=${claims.reload} />
      </aside>
    </div>
  </article>`;
}
