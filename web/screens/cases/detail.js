/**
 * One case file (#/cases/ID?tab=…): the header, then one part of the file at a
 * time behind tabs (status and whereabouts with tasks, appeals, reports,
 * contacts and notes, identity checks, documents), so the file fits a
 * screen and a tab can be linked to and survives a reload. Every part reloads
 * the file after a change; the server audits each view and each change.
 */
import { html } from '/vendor/htm-preact.js';
import { t } from '../../lib/i18n.js';
import { currentRoute, href } from '../../lib/router.js';
import { ErrorBox, Loading, useApi } from '../../lib/ui.js';
import { useUsers } from './common.js';
import { AppealsSection } from './sections/appeals.js';
import { ChallengesSection } from './sections/challenges.js';
import { DocumentsSection } from './sections/documents.js';
import { CaseHeader } from './sections/header.js';
import { RelatedSection, SuggestionsSection } from './sections/links.js';
import { ContactsSection, FamilySection, NotesSection } from './sections/people.js';
import { CaseStateContext } from './sections/section.js';
import { StatusHistory, WhereaboutsSection } from './sections/status.js';
import { TasksSection } from './sections/tasks.js';

/** The tabs: id, label key, what they hold, and a count worth a glance. */
const TABS = [
  ['overview', 'cases.tab.overview', [StatusHistory, WhereaboutsSection, TasksSection], (f) => openTasks(f)],
  ['appeals', 'cases.tab.appeals', [AppealsSection], (f) => f.appeals?.length],
  ['reports', 'cases.tab.reports', [SuggestionsSection, RelatedSection], (f) => f.pendingSuggestions],
  ['people', 'cases.tab.people', [ContactsSection, FamilySection, NotesSection], (f) => f.contacts.length],
  ['identity', 'challenges.title', [ChallengesSection], (f) => f.challenges?.length],
  ['documents', 'cases.tab.documents', [DocumentsSection], (f) => f.documents?.length],
];

const openTasks = (f) => f.tasks.filter((x) => !x.doneAt).length;

function Tabs({ file, current }) {
  return html`<nav class="case-tabs" aria-label=${t('cases.contents')}>
    <ul>${TABS.map(([id, key, , count]) => {
      const n = count(file);
      return html`<li><a id=${`tab-${id}`} href=${href('cases', file.id, id === 'overview' ? undefined : { tab: id })}
        aria-current=${id === current ? 'page' : undefined}>${t(key)}${n ? html` <span class="count-pill">${n}</span>` : null}</a></li>`;
    })}</ul>
  </nav>`;
}

export function CaseDetail({ id, user }) {
  const { data: file, error, reload } = useApi(`/api/cases/${encodeURIComponent(id)}`);
  const users = useUsers();
  if (error)
    return html`<div><p><a href=${href('cases')}>${t('cases.backHome')}</a></p><${ErrorBox} error=${error} /></div>`;
  if (!file) return html`<${Loading} />`;
  // The app renders again on every change of the address, so the tab is read from it here.
  const wanted = currentRoute().query.get('tab');
  const tab = TABS.find(([tabId]) => tabId === wanted) ?? TABS[0];
  const props = { file, users, reload };
  return html`<article class="case-file" data-case=${file.id} data-tab=${tab[0]}>
    <p class="crumbs"><a href=${href('cases')}>${t('home.title')}</a> › <a href=${href('case-list', null, file.state === 'triage' ? { state: 'triage' } : undefined)}>${file.state === 'triage' ? t('cases.triageTitle') : t('cases.listTitle')}</a></p>
    <${CaseHeader} file=${file} user=${user} users=${users} reload=${reload} />
    ${file.state === 'closed' ? html`<p class="note" id="closed-note">${t('cases.closedNoAdd')}</p>` : null}
    <${Tabs} file=${file} current=${tab[0]} />
    <${CaseStateContext.Provider} value=${file.state}>
      <div class="case-tab" id=${`panel-${tab[0]}`} aria-labelledby=${`tab-${tab[0]}`}>
        ${tab[2].map((Part) => html`<${Part} key=${Part.name} ...${props} />`)}
      </div>
    <//>
  </article>`;
}
