/** Tasks of a case: who does what by when; overdue ones say so in words; done with one button. */
import { html } from '/vendor/htm-preact.js';
import { api } from '../../../lib/api.js';
import { formatDate, t } from '../../../lib/i18n.js';
import { ErrorBox } from '../../../lib/ui.js';
import { useAction } from '../common.js';
import { Field, Submit, toBody, useForm } from '../form.js';
import { AddForm, Section } from './section.js';

function TaskForm({ file, users, reload }) {
  const form = useForm(
    'task-form',
    { title: '', assignee: '', dueOn: '' },
    (d) => api(`/api/cases/${file.id}/tasks`, { method: 'POST', body: toBody(d) }),
    { onDone: reload },
  );
  const people = [['', t('tasks.nobody')], ...users.items.map((u) => [u.userId, u.username])];
  return html`<form class="case-form" onSubmit=${form.submit}>
    <${Field} form=${form} name="title" label=${t('tasks.what')} required />
    <${Field} form=${form} name="assignee" label=${t('tasks.assignee')} options=${people} />
    <${Field} form=${form} name="dueOn" label=${t('tasks.due')} hint=${t('cases.dateHint')} autocomplete="off" />
    <${Submit} form=${form} label=${t('tasks.add')} />
  </form>`;
}

function TaskItem({ file, task, users, run }) {
  const patch = (body) => run(() => api(`/api/cases/${file.id}/tasks/${task.id}`, { method: 'PATCH', body }));
  const selectId = `task-assignee-${task.id}`;
  return html`<li class=${`task${task.overdue ? ' overdue' : ''}${task.doneAt ? ' done' : ''}`} data-task=${task.id}>
    <span class="task-title">${task.title}</span>
    ${task.doneAt ? html`<span class="badge">${t('tasks.done')}</span>` : null}
    ${task.overdue && !task.doneAt ? html`<span class="deadline deadline-overdue"><strong>${t('tasks.overdue')}</strong></span>` : null}
    <span class="meta">${task.dueOn ? t('tasks.dueOn', { date: formatDate(task.dueOn) }) : t('tasks.noDue')}</span>
    ${
      task.doneAt
        ? null
        : html`<span class="task-actions">
          <label for=${selectId} class="visually-hidden">${t('tasks.assigneeOf', { task: task.title })}</label>
          <select id=${selectId} value=${task.assignee ?? ''} onChange=${(e) => patch({ assignee: e.target.value || null })}>
            <option value="">${t('tasks.nobody')}</option>
            ${users.items.map((u) => html`<option value=${u.userId}>${u.username}</option>`)}
          </select>
          <button type="button" class="secondary" onClick=${() => patch({ done: true })}>${t('tasks.markDone')}</button>
        </span>`
    }
  </li>`;
}

export function TasksSection({ file, users, reload }) {
  const { error, run } = useAction(reload);
  const tasks = [...file.tasks].sort(
    (a, b) =>
      Number(Boolean(a.doneAt)) - Number(Boolean(b.doneAt)) || (a.dueOn ?? '9').localeCompare(b.dueOn ?? '9'),
  );
  return html`<${Section} id="tasks" title=${t('tasks.title')} count=${tasks.filter((x) => !x.doneAt).length}>
    <${ErrorBox} error=${error} />
    ${tasks.length === 0 ? html`<p class="empty">${t('cases.noneHere')}</p>` : html`<ul class="tasks">${tasks.map((task) => html`<${TaskItem} file=${file} task=${task} users=${users} run=${run} />`)}</ul>`}
    <${AddForm} id="add-task" label=${t('tasks.addTitle')}><${TaskForm} file=${file} users=${users} reload=${reload} /><//>
  <//>`;
}
