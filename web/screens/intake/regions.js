/**
 * Home regions: the codes the family's form offers and the server accepts
 * (data/regions/regions.json, the very file the server checks codes against), with their names in the reader's language.
 * A caseworker's region field takes a name typed in either language, offering the names as they type; the server
 * reads the name to its code (src/cases/region-names.ts).
 */
import { html, useEffect, useState } from '/vendor/htm-preact.js';
import { currentLanguage, t } from '../../lib/i18n.js';
import { Field } from '../cases/form.js';

const REGIONS_URL = '/data/regions.json';
let loaded = null;

function load() {
  loaded ??= fetch(REGIONS_URL)
    .then((r) => r.json())
    .then((d) => d.regions)
    .catch(() => {
      loaded = null;
      return [];
    });
  return loaded;
}

/** The regions sorted by name in the current language, and a code's name ("Buryatia (RU-BU)", or the code). */
export function useRegions() {
  const [regions, setRegions] = useState([]);
  useEffect(() => {
    load().then(setRegions);
  }, []);
  const lang = currentLanguage() === 'ru' ? 'ru' : 'en';
  const sorted = [...regions].sort((a, b) => a[lang].localeCompare(b[lang], lang));
  const byCode = new Map(regions.map((r) => [r.code, r[lang]]));
  return {
    list: sorted.map((r) => [r.code, r[lang]]),
    name: (code) => (code && byCode.has(code) ? `${byCode.get(code)} (${code})` : code),
  };
}

/** A region typed by name (Buryatia, Бурятия; or a code), with the names in the reader's language offered as they type. */
export function RegionField({ form, name, label }) {
  const regions = useRegions();
  const listId = `${form.id}-${name}-names`;
  return html`<${Field} form=${form} name=${name} label=${label} hint=${t('cases.regionHint')} list=${listId} autocomplete="off" />
    <datalist id=${listId}>${regions.list.map(([, n]) => html`<option value=${n} />`)}</datalist>`;
}
