/**
 * Dashboard. Everyone sees the published numbers (published.js: the counts,
 * through the redaction policy, each linking to its facts and sources);
 * members also see review progress (/api/overview). Everyone sees the
 * casework in anonymous numbers (casework.js).
 */
import { html } from '/vendor/htm-preact.js';
import { formatNumber, t } from '../../lib/i18n.js';
import { useApi } from '../../lib/ui.js';
import { CaseworkPanel } from './casework.js';
import { PublishedNumbers } from './published.js';

function Stat({ name, value, id }) {
  return html`<div class="stat" data-stat=${id}><span class="stat-value">${formatNumber(value)}</span><span class="stat-name">${name}</span></div>`;
}

/** Review progress: what is waiting before it can count in public. */
function ReviewStats() {
  const { data } = useApi('/api/overview');
  if (!data) return null;
  const reviewed = (data.claims.accepted ?? 0) + (data.claims.edited ?? 0);
  return html`<${Stat} id="pending" name=${t('dashboard.pending')} value=${data.pending.claims} />
    <${Stat} id="reviewed" name=${t('dashboard.reviewed')} value=${reviewed} />
    <${Stat} id="merges" name=${t('dashboard.merges')} value=${data.pending.merges} />`;
}

export function Dashboard({ role }) {
  return html`<div class="dashboard">
      <h1>${t('dashboard.title')}</h1>
      <${PublishedNumbers} stats=${role ? html`<${ReviewStats} />` : null} />
    </div>
    <${CaseworkPanel} isPublic=${!role} />`;
}
