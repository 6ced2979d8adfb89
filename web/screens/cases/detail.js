/**
 * One case file (#/cases/ID): the header, a list of its sections, and the
 * sections themselves. Every section reloads the file after a change; the
 * server audits each view and each change.
 */
import { html } from '/vendor/htm-preact.js';
import { t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { ErrorBox, Loading, useApi } from '../../lib/ui.js';
import { useUsers } from './common.js';
import { AppealsSection } from './sections/appeals.js';
import { ChallengesSection } from './sections/challenges.js';
import { CaseHeader } from './sections/header.js';
import { RelatedSection, SuggestionsSection } from './sections/links.js';
import { ContactsSection, FamilySection, NotesSection } from './sections/people.js';
import { StatusHistory, WhereaboutsSection } from './sections/status.js';
import { TasksSection } from './sections/tasks.js';

const SECTIONS = [
  ['status', 'status.title'],
  ['whereabouts', 'where.title'],
  ['appeals', 'appeals.title'],
  ['tasks', 'tasks.title'],
  ['suggestions', 'links.title'],
  ['related', 'links.related'],
  ['contacts', 'contacts.title'],
  ['family', 'family.title'],
  ['notes', 'notes.title'],
  ['challenges', 'challenges.title'],
];

function Contents() {
  // In-page links would change the hash route: move focus and scroll instead.
  const go = (e, id) => {
    e.preventDefault();
    const el = document.getElementById(`sec-${id}`);
    el?.scrollIntoView();
    el?.querySelector('h2')?.setAttribute('tabindex', '-1');
    el?.querySelector('h2')?.focus();
  };
  return html`<nav class="case-contents" aria-label=${t('cases.contents')}>
    <ul class="case-contents-list">${SECTIONS.map(([id, key]) => html`<li><a href=${`#sec-${id}`} onClick=${(e) => go(e, id)}>${t(key)}</a></li>`)}</ul>
  </nav>`;
}

export function CaseDetail({ id, user }) {
  const { data: file, error, reload } = useApi(`/api/cases/${encodeURIComponent(id)}`);
  const users = useUsers();
  if (error)
    return html`<div><p><a href=${href('cases')}>${t('cases.backHome')}</a></p><${ErrorBox} error=${error} /></div>`;
  if (!file) return html`<${Loading} />`;
  const props = { file, users, reload };
  return html`<article class="case-file" data-case=${file.id}>
    <p class="crumbs"><a href=${href('cases')}>${t('home.title')}</a> › <a href=${href('case-list', null, file.state === 'triage' ? { state: 'triage' } : undefined)}>${file.state === 'triage' ? t('cases.triageTitle') : t('cases.listTitle')}</a></p>
    <${CaseHeader} file=${file} user=${user} users=${users} reload=${reload} />
    <${Contents} />
    <${StatusHistory} ...${props} />
    <${WhereaboutsSection} ...${props} />
    <${AppealsSection} ...${props} />
    <${TasksSection} ...${props} />
    <${SuggestionsSection} ...${props} />
    <${RelatedSection} ...${props} />
    <${ContactsSection} ...${props} />
    <${FamilySection} ...${props} />
    <${NotesSection} ...${props} />
    <${ChallengesSection} ...${props} />
  </article>`;
}
