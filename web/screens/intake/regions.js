/**
 * Home regions: the codes the family's form offers and the server accepts
 * (data/regions/regions.json, the very file the server checks codes against), with their names in the reader's language.
 */
import { useEffect, useState } from '/vendor/htm-preact.js';
import { currentLanguage } from '../../lib/i18n.js';

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
