/**
 * Why a report may concern the case, in the reader's language: the parts the
 * server gives (src/cases/links/reason.ts) written with the catalogue's
 * cases.reason.* messages. A reason stored as text before those parts existed
 * is shown as it is.
 */
import { html } from '/vendor/htm-preact.js';
import { t } from '../../../lib/i18n.js';

const list = (items) => items.join(', ');

function fieldsText(fields, agree) {
  const words = fields
    .filter((f) => (f.outcome === 'disagree') !== agree)
    .map((f) => {
      const field = t(`cases.reason.field.${f.field}`);
      return agree && f.outcome !== 'exact' ? `${field} ${t(`cases.reason.outcome.${f.outcome}`)}` : field;
    });
  return words.length
    ? t(agree ? 'cases.reason.agrees' : 'cases.reason.differs', { fields: list(words) })
    : null;
}

function personText(p) {
  const head = t(p.strength === 'likely' ? 'cases.reason.personLikely' : 'cases.reason.personPossible', {
    name: p.name,
  });
  const facts = [fieldsText(p.fields, true), fieldsText(p.fields, false)].filter(Boolean);
  return [
    head,
    facts.length ? `(${facts.join('; ')})` : null,
    p.elsewhere ? t('cases.reason.elsewhere') : null,
  ]
    .filter(Boolean)
    .join(' ');
}

/** One part of a reason in words. */
export function partText(p) {
  switch (p.kind) {
    case 'person':
      return personText(p);
    case 'unit': {
      const main = t(p.event ? 'cases.reason.unitEvent' : 'cases.reason.unitNamed', { name: p.name });
      return p.written ? `${main} ${t('cases.reason.unitWritten', { written: p.written })}` : main;
    }
    case 'place':
      return t('cases.reason.place', { names: list(p.names) });
    case 'facility':
      return t('cases.reason.facility', {
        names: list(
          p.sites.map((s) => (s.named ? t('cases.reason.facilityNamed', { name: s.name }) : s.name)),
        ),
      });
    case 'otherMen':
      return t('cases.reason.otherMen');
    default:
      return '';
  }
}

export function Reason({ item }) {
  if (item.reasons)
    return html`<ul class="reasons">${item.reasons.map((p) => html`<li>${partText(p)}</li>`)}</ul>`;
  return item.reason ? html`<p>${item.reason}</p>` : null;
}
