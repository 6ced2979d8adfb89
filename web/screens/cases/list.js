/**
 * Case list and triage queue (#/case-list?state=triage): a search by name or
 * reference (a family's second reference too), filters by state, current
 * status, region and assignee, kept in the address so a filtered list can be
 * bookmarked; and the form to open a case by hand.
 */
import { html, useState } from '/vendor/htm-preact.js';
import { t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { ErrorBox, Loading, useApi } from '../../lib/ui.js';
import { useRegions } from '../intake/regions.js';
import { CaseTable, STATES, STATUSES, useUsers } from './common.js';
import { choices } from './form.js';
import { NewCaseForm } from './new-case.js';

function Filters({ current }) {
  const [draft, setDraft] = useState(current);
  const submit = (e) => {
    e.preventDefault();
    const q = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== '' && v !== false));
    location.hash = href('case-list', null, q);
  };
  const pick = (name) => (e) => setDraft({ ...draft, [name]: e.target.value });
  const regions = useRegions();
  const users = useUsers();
  return html`<form class="filters" onSubmit=${submit} aria-label=${t('cases.filters')}>
    <label>${t('cases.search')}
      <input type="search" name="q" value=${draft.q} onInput=${pick('q')} autocomplete="off" aria-describedby="case-search-hint" />
      <span class="hint" id="case-search-hint">${t('cases.searchHint')}</span>
    </label>
    <label>${t('cases.state')}
      <select name="state" value=${draft.state} onChange=${pick('state')}>
        ${choices('caseState', STATES, t('common.all')).map(([v, l]) => html`<option value=${v}>${l}</option>`)}
      </select>
    </label>
    <label>${t('cases.status')}
      <select name="status" value=${draft.status} onChange=${pick('status')}>
        ${choices('caseStatus', STATUSES, t('common.all')).map(([v, l]) => html`<option value=${v}>${l}</option>`)}
      </select>
    </label>
    <label>${t('cases.region')}
      <select name="region" value=${draft.region} onChange=${pick('region')}>
        <option value="">${t('common.all')}</option>
        ${regions.list.map(([code, n]) => html`<option value=${code}>${n}</option>`)}
      </select>
    </label>
    <label>${t('cases.assigneeFilter')}
      <select name="assignee" value=${draft.assignee} onChange=${pick('assignee')}>
        <option value="">${t('common.all')}</option>
        <option value="none">${t('cases.nobody')}</option>
        ${users.items.map((u) => html`<option value=${u.userId}>${u.username}</option>`)}
      </select>
    </label>
    <label class="inline-check">
      <input type="checkbox" name="mine" checked=${draft.mine === 'true'} onChange=${(e) => setDraft({ ...draft, mine: e.target.checked ? 'true' : '' })} />
      ${t('cases.mineOnly')}
    </label>
    <button type="submit">${t('cases.filter')}</button>
  </form>`;
}

export function CaseList({ route }) {
  const current = {
    state: route.query.get('state') ?? '',
    status: route.query.get('status') ?? '',
    mine: route.query.get('mine') ?? '',
    q: route.query.get('q') ?? '',
    region: route.query.get('region') ?? '',
    assignee: route.query.get('assignee') ?? '',
  };
  const query = new URLSearchParams({ limit: '200' });
  for (const [k, v] of Object.entries(current)) if (v) query.set(k, v);
  // Filters live in the address; "new" only opens the form below.
  const { data, error } = useApi(`/api/cases?${query}`);
  const triage = current.state === 'triage';
  return html`<div class="cases">
    <h1>${triage ? t('cases.triageTitle') : t('cases.listTitle')}</h1>
    ${triage ? html`<p class="note">${t('cases.triageNote')}</p>` : null}
    <${Filters} current=${current} key=${query.toString()} />
    <${ErrorBox} error=${error} />
    ${data ? html`<p class="count" role="status" id="case-count">${t('cases.count', { count: data.items.length })}</p><${CaseTable} items=${data.items} caption=${t('cases.listTitle')} id="case-list" />` : error ? null : html`<${Loading} />`}
    <details class="new-case" open=${route.query.get('new') === '1'}>
      <summary>${t('cases.new')}</summary>
      <${NewCaseForm} />
    </details>
  </div>`;
}
