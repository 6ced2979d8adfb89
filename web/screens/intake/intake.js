/**
 * The family's report (#/report): a public form, no account, in Russian or
 * English. The notice above it says what is stored, who sees it and for how
 * long; the answer is only a reference and what happens next — the form
 * never shows anything about the case or about other people. The server
 * (POST /api/public/intake) throttles it; a hidden field catches robots.
 */
import { html, useEffect, useState } from '/vendor/htm-preact.js';
import { api } from '../../lib/api.js';
import { currentLanguage, t } from '../../lib/i18n.js';
import { choices, Field, Submit, toBody, useForm } from '../cases/form.js';
import { useRegions } from './regions.js';

const SITUATIONS = ['missing', 'detained', 'refused', 'unknown'];

const EMPTY = {
  name: '',
  birthDate: '',
  region: '',
  unit: '',
  situation: '',
  lastContactOn: '',
  lastWords: '',
  lastPlace: '',
  reporterName: '',
  relation: '',
  contact: '',
  consent: false,
  website: '',
};

function Notice() {
  return html`<section class="intake-notice" aria-labelledby="intake-notice-h">
    <h2 id="intake-notice-h">${t('intake.noticeTitle')}</h2>
    <ul>
      <li><strong>${t('intake.storedTitle')}</strong> ${t('intake.stored')}</li>
      <li><strong>${t('intake.whoTitle')}</strong> ${t('intake.who')}</li>
      <li><strong>${t('intake.othersTitle')}</strong> ${t('intake.others')}</li>
      <li><strong>${t('intake.keptTitle')}</strong> ${t('intake.kept')}</li>
      <li><strong>${t('intake.safetyTitle')}</strong> ${t('intake.safety')}</li>
    </ul>
  </section>`;
}

function Receipt({ receipt }) {
  // The form is gone: bring keyboard and screen-reader users to what replaced it.
  useEffect(() => document.getElementById('intake-done-h')?.focus(), []);
  return html`<section class="intake-receipt" role="status" aria-labelledby="intake-done-h">
    <h2 id="intake-done-h" tabindex="-1">${t('intake.doneTitle')}</h2>
    <p>${t('intake.yourRef')} <strong class="ref" id="intake-ref">${receipt.ref}</strong></p>
    <p>${t('intake.keepRef')}</p>
    <h3>${t('intake.nextTitle')}</h3>
    <ol>
      <li>${t('intake.next1')}</li>
      <li>${t('intake.next2')}</li>
      <li>${t('intake.next3')}</li>
    </ol>
  </section>`;
}

/**
 * What the family has typed, kept in memory (never in storage) while the page
 * is open: switching the language re-creates the screen, and must not lose it.
 */
let typed = null;

export function Intake() {
  const [receipt, setReceipt] = useState(null);
  const regions = [['', t('intake.regionNone')], ...useRegions().list];
  const form = useForm(
    'intake',
    typed ?? EMPTY,
    (d) =>
      api('/api/public/intake', {
        method: 'POST',
        body: {
          ...toBody(d),
          consent: d.consent === true,
          language: currentLanguage() === 'ru' ? 'ru' : 'en',
        },
      }),
    {
      onDone: (r) => {
        typed = null;
        setReceipt(r);
      },
    },
  );
  typed = receipt ? null : form.draft;
  if (receipt)
    return html`<div class="intake"><h1>${t('intake.title')}</h1><${Receipt} receipt=${receipt} /></div>`;
  return html`<div class="intake">
    <h1>${t('intake.title')}</h1>
    <p class="lead">${t('intake.intro')}</p>
    <${Notice} />
    <form class="intake-form" onSubmit=${form.submit} novalidate>
      <fieldset>
        <legend>${t('intake.aboutHim')}</legend>
        <${Field} form=${form} name="name" label=${t('intake.name')} required autocomplete="off" hint=${t('intake.nameHint')} />
        <${Field} form=${form} name="birthDate" label=${t('intake.birthDate')} hint=${t('intake.birthDateHint')} autocomplete="off" />
        <${Field} form=${form} name="region" label=${t('intake.region')} options=${regions} />
        <${Field} form=${form} name="unit" label=${t('intake.unit')} hint=${t('intake.unitHint')} autocomplete="off" />
        <${Field} form=${form} name="situation" label=${t('intake.situation')} options=${choices('situation', SITUATIONS, t('intake.situationNone'))} />
      </fieldset>
      <fieldset>
        <legend>${t('intake.lastContact')}</legend>
        <${Field} form=${form} name="lastContactOn" label=${t('intake.lastContactOn')} hint=${t('cases.dateHint')} autocomplete="off" />
        <${Field} form=${form} name="lastWords" label=${t('intake.lastWords')} rows="4" />
        <${Field} form=${form} name="lastPlace" label=${t('intake.lastPlace')} hint=${t('intake.lastPlaceHint')} autocomplete="off" />
      </fieldset>
      <fieldset>
        <legend>${t('intake.aboutYou')}</legend>
        <${Field} form=${form} name="reporterName" label=${t('intake.reporterName')} autocomplete="name" />
        <${Field} form=${form} name="relation" label=${t('intake.relation')} hint=${t('intake.relationHint')} />
        <${Field} form=${form} name="contact" label=${t('intake.contact')} required hint=${t('intake.contactHint')} autocomplete="off" />
      </fieldset>
      <div class="hp" aria-hidden="true">
        <label for="intake-website">${t('intake.honeypot')}</label>
        <input id="intake-website" name="website" tabindex="-1" autocomplete="off" value=${form.draft.website} onInput=${(e) => form.set('website', e.target.value)} />
      </div>
      <${Field} form=${form} name="consent" type="checkbox" label=${t('intake.consent')} required />
      <${Submit} form=${form} label=${t('intake.submit')} />
    </form>
  </div>`;
}
