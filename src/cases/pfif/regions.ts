/**
 * home_state → ISO 3166-2 region code, through the gazetteer's first-level
 * regions (data/gazetteer: Russia, Ukraine, Belarus, Kazakhstan, Georgia,
 * Armenia, with their ids `iso:<code>`). PFIF asks for a code ("RU-BU", or
 * "BU" with home_country "RU"); in practice records carry names ("Бурятия",
 * "Rostov Oblast"), which the gazetteer knows too. Anything else gives no
 * region: the text stays in the case note and in the kept record.
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { loadGazetteer } from '../../gazetteer/load.ts';
import type { RegionResolver } from './import-plan.ts';

const CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const SUBDIVISION = /^[A-Z0-9]{1,3}$/;

/** A resolver over `gazetteer` (pure once the gazetteer is built). */
export function regionResolver(gazetteer: Gazetteer): RegionResolver {
  return (state, country) => {
    const upper = state.trim().toUpperCase();
    const code = CODE.test(upper)
      ? upper
      : country && SUBDIVISION.test(upper)
        ? `${country.toUpperCase()}-${upper}`
        : null;
    if (code) return gazetteer.get(`iso:${code}`) ? code : null;
    const region = gazetteer
      .lookup(state)
      .find((p) => p.kind === 'region' && p.id.startsWith('iso:') && (!country || p.country === country));
    return region ? region.id.slice(4) : null;
  };
}

/** The resolver over the committed gazetteer, loaded on first use (about half a second, once per process). */
export const defaultRegionResolver: RegionResolver = (state, country) =>
  regionResolver(loadGazetteer())(state, country);
