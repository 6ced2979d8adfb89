/**
 * Review queue: machine suggestions in text order, each with its words in
 * context; accept, reject or correct one (buttons or keys), or many at once;
 * and a second tab for the person merges the resolver left undecided.
 */
import { html, useEffect, useState } from '/vendor/htm-preact.js';
import { ApiError, api } from '../../lib/api.js';
import { formatNumber, t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { ErrorBox, Loading, label, useApi } from '../../lib/ui.js';
import { CorrectForm } from './correct.js';
import { commandOf } from './keys.js';
import { Merges } from './merges.js';
import { describeClaim } from './values.js';
import { Why } from './why.js';

const KINDS = ['', 'event', 'figure', 'person', 'unit', 'place', 'organization'];

function Item({ item, focused, selected, editing, onToggle, onDecide, onEdit, onSave, onCancel }) {
  return html`<li class=${focused ? 'focused' : ''} data-claim=${item.id}>
    <label class="select"><input type="checkbox" checked=${selected} onChange=${onToggle} /><span class="visually-hidden">${t('review.select')}</span></label>
    <span class="kind kind-${item.kind}">${label('kind', item.kind)}</span>
    <p class="context">…${item.before}<mark>${item.match}</mark>${item.after}…</p>
    <p class="meta"><span class="what">${describeClaim(item.kind, item.value, { label, t })}</span> · <a href=${href('sources', item.sourceId, { claim: item.id })}>${item.sourceTitle ?? t('sources.untitled')}</a></p>
    <${Why} rule=${item.rule} extractor=${item.extractor} />
    ${
      editing
        ? html`<${CorrectForm} item=${item} onSave=${onSave} onCancel=${onCancel} />`
        : html`<div class="actions">
          <button type="button" onClick=${() => onDecide('accept')}>${t('review.accept')}</button>
          <button type="button" class="secondary" onClick=${() => onDecide('reject')}>${t('review.reject')}</button>
          <button type="button" class="secondary" onClick=${onEdit}>${t('review.correct')}</button>
        </div>`
    }
  </li>`;
}

function Claims() {
  const [kind, setKind] = useState('');
  const { data, error, reload } = useApi(`/api/review/queue?limit=50${kind ? `&kind=${kind}` : ''}`);
  const [focus, setFocus] = useState(0);
  const [selected, setSelected] = useState(new Set());
  const [editing, setEditing] = useState(null);
  const [status, setStatus] = useState(null);
  const items = data?.items ?? [];
  const after = (n) => {
    setStatus({ ok: t('review.done', { count: formatNumber(n) }) });
    setSelected(new Set());
    setEditing(null);
    reload();
  };
  const run = async (call) => {
    try {
      after(await call());
    } catch (e) {
      // 409: someone decided first; show the claim as it is now rather than a bare error.
      if (e instanceof ApiError && e.status === 409) {
        setStatus({ error: { title: t('review.changed') } });
        setEditing(null);
        reload();
      } else setStatus({ error: e });
    }
  };
  // Each decision carries the version shown, so it cannot silently overwrite a decision made meanwhile.
  const review = (item, body) =>
    api(`/api/claims/${encodeURIComponent(item.id)}/review`, {
      method: 'POST',
      body: { ...body, version: item.version },
    }).then(() => 1);
  const decide = (item, action) => run(() => review(item, { action }));
  // A refused correction goes back to the form, which shows it at its field; only a conflict is handled here.
  const correct = async (item, changes) => {
    try {
      after(await review(item, { action: 'edit', changes }));
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 409)) throw e;
      setStatus({ error: { title: t('review.changed') } });
      setEditing(null);
      reload();
    }
  };
  const bulk = async (action) => {
    const chosen = items.filter((i) => selected.has(i.id));
    if (chosen.length === 0) return;
    try {
      const r = await api('/api/review/bulk', {
        method: 'POST',
        body: { ids: chosen.map((i) => i.id), versions: chosen.map((i) => i.version), action },
      });
      const conflicts = r.results.filter((x) => x.error === 'conflict').length;
      after(r.results.filter((x) => x.state).length);
      if (conflicts > 0)
        setStatus({ error: { title: t('review.conflicts', { count: formatNumber(conflicts) }) } });
    } catch (e) {
      setStatus({ error: e });
    }
  };
  const toggle = (id) => {
    const next = new Set(selected);
    next.has(id) ? next.delete(id) : next.add(id);
    setSelected(next);
  };
  useEffect(() => {
    const onKey = (e) => {
      const cmd = commandOf(e);
      const item = items[focus];
      if (!cmd || editing) return;
      e.preventDefault();
      if (cmd === 'next') setFocus(Math.min(focus + 1, items.length - 1));
      else if (cmd === 'previous') setFocus(Math.max(focus - 1, 0));
      else if (cmd === 'acceptSelected') bulk('accept');
      else if (cmd === 'rejectSelected') bulk('reject');
      else if (!item) return;
      else if (cmd === 'accept') decide(item, 'accept');
      else if (cmd === 'reject') decide(item, 'reject');
      else if (cmd === 'correct') setEditing(item.id);
      else if (cmd === 'select') toggle(item.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  if (error) return html`<${ErrorBox} error=${error} />`;
  if (!data) return html`<${Loading} />`;
  return html`<div>
    <div class="toolbar">
      <label>${t('review.kindFilter')}
        <select value=${kind} onChange=${(e) => setKind(e.target.value)}>
          ${KINDS.map((k) => html`<option value=${k}>${k ? label('kind', k) : t('common.all')}</option>`)}
        </select>
      </label>
      <span class="count" id="queue-total">${t('review.waiting', { count: data.total > 10_000 ? `${formatNumber(10_000)}+` : formatNumber(data.total) })}</span>
      <button type="button" onClick=${() => setSelected(new Set(items.map((i) => i.id)))}>${t('review.selectAll')}</button>
      <button type="button" disabled=${selected.size === 0} onClick=${() => bulk('accept')}>${t('review.acceptSelected', { count: selected.size })}</button>
      <button type="button" class="secondary" disabled=${selected.size === 0} onClick=${() => bulk('reject')}>${t('review.rejectSelected', { count: selected.size })}</button>
    </div>
    <p class="hint">${t('review.keys')}</p>
    <div role="status">${status?.ok ?? ''}</div>
    <${ErrorBox} error=${status?.error} />
    ${
      items.length === 0
        ? html`<p>${t('review.empty')}</p>`
        : html`<ul class="queue">${items.map(
            (item, i) => html`<${Item}
            item=${item} focused=${i === focus} selected=${selected.has(item.id)} editing=${editing === item.id}
            onToggle=${() => toggle(item.id)} onDecide=${(a) => decide(item, a)} onEdit=${() => setEditing(item.id)}
            onSave=${(changes) => correct(item, changes)} onCancel=${() => setEditing(null)} />`,
          )}</ul>`
    }
  </div>`;
}

function Rebuild() {
  const [result, setResult] = useState(null);
  const rebuild = async () => {
    try {
      setResult({ ok: t('review.rebuilt', await api('/api/review/rebuild', { method: 'POST' })) });
    } catch (e) {
      setResult({ error: e });
    }
  };
  return html`<div class="rebuild"><button type="button" class="secondary" onClick=${rebuild}>${t('review.rebuild')}</button>
    <span role="status">${result?.ok ?? ''}</span><${ErrorBox} error=${result?.error} /></div>`;
}

export function Review() {
  const [tab, setTab] = useState('claims');
  return html`<div>
    <h1>${t('review.title')}</h1>
    <div class="tabs" role="group">
      ${['claims', 'merges'].map((k) => html`<button type="button" aria-pressed=${tab === k ? 'true' : 'false'} onClick=${() => setTab(k)}>${t(`review.${k}`)}</button>`)}
    </div>
    ${tab === 'claims' ? html`<${Claims} />` : html`<${Merges} />`}
    <${Rebuild} />
  </div>`;
}
