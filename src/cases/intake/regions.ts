/**
 * The home regions the intake form offers (data/regions/regions.json: ISO
 * 3166-2 codes with English and Russian names, provenance in its README). The server
 * accepts only these codes from the anonymous form, so the public statistics
 * by region are not filled with made-up codes; caseworkers may record any
 * ISO 3166-2 code on a case.
 *
 * The web page loads the same file, served as /data/regions.json
 * (src/server/routes/web.ts), so the form and the server cannot disagree.
 */
import data from '../../../data/regions/regions.json' with { type: 'json' };

export interface Region {
  code: string;
  en: string;
  ru: string;
}

export const INTAKE_REGIONS: readonly Region[] = Object.freeze(
  data.regions.map((r) => Object.freeze({ ...r })),
);

const CODES: ReadonlySet<string> = new Set(INTAKE_REGIONS.map((r) => r.code));

/** True for a code the intake form offers. */
export function isIntakeRegion(code: string): boolean {
  return CODES.has(code);
}
