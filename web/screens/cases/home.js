/**
 * A caseworker's home (#/cases): what is overdue first (appeals past their
 * legal due date on my cases and on cases nobody works on, my tasks past
 * theirs), then what is new (families' reports in triage, public reports
 * suggested for my cases), then my cases. One request: GET /api/casework/home.
 */
import { html } from '/vendor/htm-preact.js';
import { formatDate, t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { ErrorBox, Loading, label, useApi } from '../../lib/ui.js';
import { AppealDeadline, CaseTable } from './common.js';

/** Appeals overdue or due soon on my cases and on cases nobody works on, earliest due first. */
function dueAppeals(home) {
  return [...home.dueAppeals].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

function Overdue({ appeals, tasks }) {
  const late = appeals.filter((a) => a.state === 'overdue');
  const soon = appeals.filter((a) => a.state !== 'overdue');
  return html`<section aria-labelledby="home-overdue" class="home-block">
    <h2 id="home-overdue">${t('home.overdue')} <span class="count-pill">${late.length + tasks.length}</span></h2>
    ${late.length + tasks.length === 0 ? html`<p class="empty">${t('home.nothingOverdue')}</p>` : null}
    ${
      late.length > 0
        ? html`<ul class="due-list" id="overdue-appeals">${late.map(
            (a) => html`<li class="overdue" data-appeal=${a.appealId}>
              <${AppealDeadline} appeal=${a} />
              <a href=${href('cases', a.caseId)}>${a.title ?? a.caseRef}</a>
              <span class="meta">${t('home.appealTo', { addressee: label('addressee', a.addresseeType) })} · ${t('appeals.dueOnShort', { date: formatDate(a.dueOn) })}</span>
            </li>`,
          )}</ul>`
        : null
    }
    ${
      tasks.length > 0
        ? html`<ul class="due-list" id="overdue-tasks">${tasks.map(
            (task) => html`<li class="overdue">
              <span class="deadline deadline-overdue"><strong>${t('tasks.overdue')}</strong></span>
              <a href=${href('cases', task.caseId)}>${task.title}</a>
              <span class="meta">${t('tasks.dueOn', { date: formatDate(task.dueOn) })}</span>
            </li>`,
          )}</ul>`
        : null
    }
    ${
      soon.length > 0
        ? html`<h3>${t('home.dueSoon')}</h3><ul class="due-list">${soon.map(
            (a) =>
              html`<li data-appeal=${a.appealId}><${AppealDeadline} appeal=${a} /> <a href=${href('cases', a.caseId)}>${a.title ?? a.caseRef}</a></li>`,
          )}</ul>`
        : null
    }
  </section>`;
}

export function CaseHome() {
  const home = useApi('/api/casework/home');
  if (home.error) return html`<${ErrorBox} error=${home.error} />`;
  if (!home.data) return html`<${Loading} />`;
  const d = home.data;
  return html`<div class="cases case-home">
    <h1>${t('home.title')}</h1>
    <p class="toolbar">
      <a class="button" href=${href('case-list', null, { state: 'triage' })}>${t('home.triageQueue', { count: d.triage.length })}</a>
      <a class="button secondary-link" href=${href('case-list')}>${t('home.allCases')}</a>
      <a class="button secondary-link" href=${href('case-list', null, { new: '1' })}>${t('cases.new')}</a>
    </p>
    <${Overdue} appeals=${dueAppeals(d)} tasks=${d.overdueTasks} />
    <section aria-labelledby="home-new" class="home-block">
      <h2 id="home-new">${t('home.new')}</h2>
      <h3>${t('home.triage', { count: d.triage.length })}</h3>
      <${CaseTable} items=${d.triage.slice(0, 10)} caption=${t('home.triageCaption')} id="home-triage" />
      <h3>${t('home.suggested', { count: d.suggested.length })}</h3>
      <${CaseTable} items=${d.suggested} caption=${t('home.suggestedCaption')} id="home-suggested" />
    </section>
    <section aria-labelledby="home-mine" class="home-block">
      <h2 id="home-mine">${t('home.mine', { count: d.myCases.length })}</h2>
      <${CaseTable} items=${d.myCases} caption=${t('home.mineCaption')} id="home-mine-table" />
    </section>
  </div>`;
}
