/**
 * Pieces shared by the case screens: the vocabularies (served from
 * src/cases/schema.ts), badges that say a state in words (never colour
 * alone), account names for user ids, and instants in the reader's language.
 */
import { html, useState } from '/vendor/htm-preact.js';
import { currentLanguage, formatDate, t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { useApi } from '../../lib/ui.js';

// The vocabularies, from the server's schema (src/cases/schema.ts): one list, never a copy here.
// Live bindings filled when the file arrives, not a top-level await: had the fetch failed, every
// module importing this one (and so the whole app) would never have started.
export let STATUSES = [];
export let STATES = [];
export let EVIDENCE = [];
export let CHANNELS = [];
export let ADDRESSEES = [];
/** Resolves once the vocabularies are in (or could not be had: the lists stay empty). */
export const vocabularyReady = fetch('/data/case-vocabulary.json')
  .then((r) => r.json())
  .then((v) => {
    ({
      statuses: STATUSES,
      states: STATES,
      evidence: EVIDENCE,
      channels: CHANNELS,
      addressees: ADDRESSEES,
    } = v);
  })
  .catch(() => {});

const pad = (n) => String(n).padStart(2, '0');

/** Today's date (YYYY-MM-DD) on this computer. */
export function todayIso() {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Today as people write it (14.02.1998), the default of date fields: the server reads that form (src/cases/typed-dates.ts). */
export function todayTyped() {
  const d = new Date();
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
}

/**
 * A typed date as YYYY-MM-DD for a preview on the page (14.02.1998, 1998-02-14), or null. Only a
 * preview: the server's parser (src/cases/typed-dates.ts) decides, and also reads month names.
 */
export function typedIso(text) {
  const s = (text ?? '').trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  return m ? `${m[3]}-${pad(m[2])}-${pad(m[1])}` : null;
}

/** An instant (ISO 8601) as date and time in the reader's language. */
export function formatInstant(iso) {
  if (!iso) return '—';
  const locale = currentLanguage() === 'ru' ? 'ru-RU' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function StatusBadge({ status }) {
  return html`<span class=${`status status-${status}`}>${t(`caseStatus.${status}`)}</span>`;
}

export function StateBadge({ state }) {
  return html`<span class=${`badge state-${state}`}>${t(`caseState.${state}`)}</span>`;
}

/** Who did something when it was not an account: the public form, the system, an import. */
const ACTORS = new Set(['anonymous', 'system']);

/** Runs a change to the case, then reloads it; `error` is the last failure (null after a success), for an ErrorBox. */
export function useAction(reload) {
  const [error, setError] = useState(null);
  const run = async (call) => {
    try {
      await call();
      setError(null);
      reload();
    } catch (e) {
      setError(e);
    }
  };
  return { error, run };
}

/** Account names by user id (the accounts a case can be assigned to), and a lookup that falls back to the id. */
export function useUsers() {
  const { data } = useApi('/api/casework/assignable');
  const items = data?.items ?? [];
  const byId = new Map(items.map((u) => [u.userId, u.username]));
  const name = (id) => {
    if (!id) return '—';
    if (ACTORS.has(id)) return t(`actor.${id}`);
    return byId.get(id) ?? id;
  };
  return { items, name };
}

/** A table of cases, as lists and the home screen show them. */
export function CaseTable({ items, caption, id }) {
  if (items.length === 0) return html`<p class="empty">${t('cases.noneHere')}</p>`;
  return html`<table class="list cases-table" id=${id}>
    ${caption ? html`<caption class="visually-hidden">${caption}</caption>` : null}
    <thead><tr>
      <th scope="col">${t('cases.ref')}</th><th scope="col">${t('cases.titleCol')}</th>
      <th scope="col">${t('cases.state')}</th><th scope="col">${t('cases.status')}</th>
      <th scope="col">${t('cases.assignees')}</th><th scope="col" class="num">${t('cases.suggestionsCol')}</th>
      <th scope="col">${t('cases.updated')}</th>
    </tr></thead>
    <tbody>${items.map(
      (c) => html`<tr data-case=${c.id}>
        <td><code>${c.ref}</code></td>
        <td><a href=${href('cases', c.id)}>${c.title}</a>${c.kind === 'group' ? html` <span class="badge">${t('cases.group')}</span>` : null}</td>
        <td><${StateBadge} state=${c.state} /></td>
        <td><${StatusBadge} status=${c.status} />${c.statusOn ? html` <span class="meta">${formatDate(c.statusOn)}</span>` : null}</td>
        <td>${c.assignees.length ? c.assignees.map((a) => a.username).join(', ') : html`<span class="meta">${t('cases.unassigned')}</span>`}</td>
        <td class="num">${c.pendingSuggestions > 0 ? html`<span class="badge badge-new">${t('cases.newSuggestions', { count: c.pendingSuggestions })}</span>` : '0'}</td>
        <td>${formatInstant(c.updatedAt)}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

/** An appeal's deadline in words: overdue, due soon, pending, answered. Text, not only colour. */
export function AppealDeadline({ appeal }) {
  const s = appeal.state;
  const text =
    s === 'overdue'
      ? t('appeals.overdueBy', { days: appeal.daysOverdue ?? '?' })
      : s === 'due_soon'
        ? t('appeals.dueIn', { days: appeal.daysRemaining ?? '?' })
        : s === 'answered'
          ? t('appeals.answered')
          : t('appeals.pendingIn', { days: appeal.daysRemaining ?? '?' });
  return html`<span class=${`deadline deadline-${s}`} data-state=${s}>${s === 'overdue' ? html`<strong>${t('appeals.overdue')}</strong> · ` : null}${text}</span>`;
}
