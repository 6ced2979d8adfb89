/** Opening a case by hand: one man, or a group ("78 objectors of a brigade"). */
import { html } from '/vendor/htm-preact.js';
import { api } from '../../lib/api.js';
import { t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { RegionField } from '../intake/regions.js';
import { STATUSES } from './common.js';
import { choices, Field, Submit, toBody, useForm } from './form.js';

const EMPTY = {
  kind: 'person',
  title: '',
  personName: '',
  birthDate: '',
  unit: '',
  groupSize: '',
  region: '',
  status: '',
  statusOn: '',
};

export function NewCaseForm() {
  const form = useForm(
    'new-case',
    EMPTY,
    (d) => {
      const body = toBody(d);
      if (body.groupSize) body.groupSize = Number(body.groupSize);
      return api('/api/cases', { method: 'POST', body });
    },
    {
      onDone: (created) => {
        location.hash = href('cases', created.id);
      },
    },
  );
  const group = form.draft.kind === 'group';
  return html`<form class="case-form" id="new-case" onSubmit=${form.submit}>
    <${Field} form=${form} name="kind" label=${t('cases.kind')} options=${choices('caseKind', ['person', 'group'])} />
    ${
      group
        ? html`<${Field} form=${form} name="title" label=${t('cases.groupTitle')} required hint=${t('cases.groupTitleHint')} />
          <${Field} form=${form} name="groupSize" type="number" min="1" label=${t('cases.groupSize')} />`
        : html`<${Field} form=${form} name="personName" label=${t('cases.personName')} required />
          <${Field} form=${form} name="birthDate" label=${t('cases.birthDate')} hint=${t('cases.partialDateHint')} />`
    }
    <${Field} form=${form} name="unit" label=${t('cases.unit')} />
    <${RegionField} form=${form} name="region" label=${t('cases.region')} />
    <${Field} form=${form} name="status" label=${t('cases.status')} options=${choices('caseStatus', STATUSES, t('cases.statusNone'))} />
    ${form.draft.status ? html`<${Field} form=${form} name="statusOn" label=${t('cases.statusOn')} hint=${t('cases.dateHint')} autocomplete="off" required />` : null}
    <${Submit} form=${form} label=${t('cases.create')} />
  </form>`;
}
