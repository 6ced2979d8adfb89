/**
 * The source reader: the text with its claims highlighted by kind; a click
 * on a highlighted passage shows that claim's evidence (its own words), the
 * rule that made it, and its review state, with review buttons for reviewers.
 */
import { html, useRef, useState } from '/vendor/htm-preact.js';
import { ApiError, api } from '../../lib/api.js';
import { isLiveState } from '../../lib/claim-states.js';
import { formatDate, t } from '../../lib/i18n.js';
import { ErrorBox, Loading, label, useApi } from '../../lib/ui.js';
import { describeClaim, fieldText } from '../review/values.js';
import { Why } from '../review/why.js';
import { AddClaim, selectionIn } from './add-claim.js';
import { EditSource } from './edit.js';
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
  const fields = Object.entries(claim.value).filter(
    ([k]) => !['start', 'end', 'rule', 'quote', 'lat', 'lon'].includes(k),
  );
  return html`<div class="claim-panel" data-claim=${claim.id}>
    <h3><span class="kind kind-${claim.kind}">${label('kind', claim.kind)}</span> <span class="state">${label('state', claim.state)}</span></h3>
    <h4>${t('reader.evidence')}</h4>
    <blockquote>${text.slice(claim.start, claim.end)}</blockquote>
    <p class="what">${describeClaim(claim.kind, claim.value, { label, t })}</p>
    <dl>
      ${fields.map(([k, v]) => html`<dt>${label('claim.field', k)}</dt><dd>${fieldText(claim.kind, k, v, label)}</dd>`)}
    </dl>
    <${Why} rule=${claim.rule} extractor=${claim.extractor} />
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
  const [marked, setMarked] = useState(null);
  const [editing, setEditing] = useState(false);
  const textRef = useRef(null);
  if (source.error || claims.error) return html`<${ErrorBox} error=${source.error ?? claims.error} />`;
  if (!source.data || !claims.data) return html`<${Loading} />`;
  const s = source.data;
  const live = claims.data.items.filter((c) => isLiveState(c.state));
  const claim = claims.data.items.find((c) => c.id === selected) ?? null;
  const canReview = role === 'admin' || role === 'researcher';
  // Selected words become a new claim: on mouse-up for the mouse, through the button for the keyboard.
  const mark = () => {
    const sel = canReview ? selectionIn(textRef.current) : null;
    if (sel) setMarked(sel);
    return sel;
  };
  const onAdded = (c) => {
    setMarked(null);
    setSelected(c.id);
    claims.reload();
  };
  return html`<article class="reader">
    <header>
      <h1>${s.title ?? t('sources.untitled')}</h1>
      <p class="meta">${s.outlet ?? '—'} · ${s.author ? `${s.author} · ` : ''}${formatDate(s.published)} · ${s.language}${s.url ? html` · <a href=${s.url} rel="noreferrer noopener" target="_blank">${t('reader.open')}</a>` : null}
        ${canReview && !editing ? html` <button type="button" class="secondary" id="edit-source" onClick=${() => setEditing(true)}>${t('sourceEdit.open')}</button>` : null}</p>
      ${
        editing
          ? html`<${EditSource} source=${s} onCancel=${() => setEditing(false)} onSaved=${() => {
              setEditing(false);
              source.reload();
              claims.reload();
            }} />`
          : null
      }
      <p class="legend"><span>${t('reader.legend')}:</span> ${KINDS.map((k) => html`<span class="kind kind-${k}">${label('kind', k)}</span> `)}</p>
      ${canReview ? html`<p class="hint">${t('reader.addHint')} <button type="button" class="secondary" id="add-claim" onMouseDown=${(e) => e.preventDefault()} onClick=${mark}>${t('reader.add')}</button></p>` : null}
    </header>
    <div class="reader-body">
      <div class="text" ref=${textRef} lang=${s.language === 'ru' ? 'ru' : 'en'} onMouseUp=${mark}>
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
        ${
          marked
            ? html`<${AddClaim} key=${`${marked.start}-${marked.end}`} sourceId=${s.id} selection=${marked} onAdded=${onAdded} onCancel=${() => setMarked(null)} />`
            : html`<${ClaimPanel} claim=${claim} text=${s.text} canReview=${canReview} onReviewed=${claims.reload} />`
        }
      </aside>
    </div>
  </article>`;
}
