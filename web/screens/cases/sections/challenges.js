/**
 * Identity checks: questions whose answers only the family knows. The answer
 * is stored as a hash and never shown; checking one (rate-limited, audited)
 * tells only "match" or "no match".
 */
import { html, useState } from '/vendor/htm-preact.js';
import { api } from '../../../lib/api.js';
import { t } from '../../../lib/i18n.js';
import { ErrorBox } from '../../../lib/ui.js';
import { Field, Submit, toBody, useForm } from '../form.js';
import { AddForm, Section } from './section.js';

function ChallengeForm({ file, reload }) {
  const form = useForm(
    'challenge-form',
    { question: '', answer: '' },
    (d) => api(`/api/cases/${file.id}/challenges`, { method: 'POST', body: toBody(d) }),
    { onDone: reload },
  );
  return html`<form class="case-form" onSubmit=${form.submit}>
    <${Field} form=${form} name="question" label=${t('challenges.question')} required hint=${t('challenges.questionHint')} />
    <${Field} form=${form} name="answer" label=${t('challenges.answer')} required autocomplete="off" hint=${t('challenges.answerHint')} />
    <${Submit} form=${form} label=${t('challenges.add')} />
  </form>`;
}

function Check({ file, challenge, reload }) {
  const [result, setResult] = useState(null);
  const form = useForm(
    `check-${challenge.id}`,
    { answer: '' },
    (d) => {
      setResult(null);
      return api(`/api/cases/${file.id}/challenges/${challenge.id}/check`, {
        method: 'POST',
        body: { answer: d.answer },
      });
    },
    { onDone: (r) => setResult(r.match) },
  );
  const [error, setError] = useState(null);
  const remove = async () => {
    try {
      await api(`/api/cases/${file.id}/challenges/${challenge.id}`, { method: 'DELETE' });
      reload();
    } catch (e) {
      setError(e);
    }
  };
  return html`<li class="challenge" data-challenge=${challenge.id}>
    <p><strong>${challenge.question}</strong></p>
    <form class="case-form inline-form" onSubmit=${form.submit}>
      <${Field} form=${form} name="answer" label=${t('challenges.given')} autocomplete="off" required />
      <${Submit} form=${form} label=${t('challenges.check')} />
      <p class="check-result" role="status">${result === null ? '' : result ? html`<strong class="match">${t('challenges.match')}</strong>` : html`<strong class="no-match">${t('challenges.noMatch')}</strong>`}</p>
    </form>
    <button type="button" class="link" onClick=${remove}>${t('challenges.remove')}</button>
    <${ErrorBox} error=${error} />
  </li>`;
}

export function ChallengesSection({ file, reload }) {
  const items = file.challenges;
  return html`<${Section} id="challenges" title=${t('challenges.title')} count=${items?.length}>
    <p class="note">${t('challenges.explain')}</p>
    ${
      items === undefined
        ? html`<p class="note">${t('cases.partMissing')}</p>`
        : items.length === 0
          ? html`<p class="empty">${t('cases.noneHere')}</p>`
          : html`<ul class="challenges">${items.map((c) => html`<${Check} key=${c.id} file=${file} challenge=${c} reload=${reload} />`)}</ul>`
    }
    <${AddForm} id="add-challenge" label=${t('challenges.addTitle')}><${ChallengeForm} file=${file} reload=${reload} /><//>
  <//>`;
}
