/**
 * Adding a claim the extractor missed: the reviewer selects its words in the
 * reader's text, picks what kind of claim they make and fills in its fields
 * (closed ones as choices). The server checks the span and the value against
 * the claim schema; a refused value is shown at its field.
 */
import { html, useState } from '/vendor/htm-preact.js';
import { api } from '../../lib/api.js';
import { t } from '../../lib/i18n.js';
import { label } from '../../lib/ui.js';
import { CorrectForm } from '../review/correct.js';
import { newClaimValue } from '../review/values.js';

const KINDS = ['figure', 'event', 'person', 'unit', 'place', 'organization'];

/**
 * The current selection inside `container` as UTF-16 offsets into its text
 * (which is the source text: the reader renders it whole, in order), or null.
 */
export function selectionIn(container) {
  const selection = window.getSelection();
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const words = range.toString();
  if (!words.trim()) return null;
  return { start, end: start + words.length, words };
}

export function AddClaim({ sourceId, selection, onAdded, onCancel }) {
  const [kind, setKind] = useState('figure');
  const save = async (value) => {
    const added = await api('/api/claims', {
      method: 'POST',
      body: { sourceId, kind, start: selection.start, end: selection.end, value },
    });
    onAdded(added);
  };
  return html`<section class="add-claim" aria-labelledby="add-claim-title">
    <h3 id="add-claim-title">${t('reader.addTitle')}</h3>
    <blockquote>${selection.words}</blockquote>
    <label>${t('reader.addKind')}
      <select name="kind" value=${kind} onChange=${(e) => setKind(e.target.value)}>
        ${KINDS.map((k) => html`<option value=${k}>${label('kind', k)}</option>`)}
      </select>
    </label>
    <${CorrectForm} key=${kind} item=${{ kind, value: newClaimValue(kind, selection.words) }} whole=${true}
      submitLabel=${t('reader.addSave')} onSave=${save} onCancel=${onCancel} />
  </section>`;
}
