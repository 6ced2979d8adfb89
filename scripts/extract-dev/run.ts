/**
 * Dev harness for the unit, organisation and people stages until the CLI runs
 * the whole pipeline: builds a Doc per file (naive sentence split), runs places,
 * units, organisations and people, and writes NAME.json with those fields.
 *
 *   npx tsx scripts/extract-dev/run.ts OUT_DIR FILE.txt...
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { newDoc } from '../../src/extract/doc.ts';
import { organizationsStage } from '../../src/extract/en/stages/organizations.ts';
import { peopleStage } from '../../src/extract/en/stages/people.ts';
import { placesStage } from '../../src/extract/en/stages/places.ts';
import { unitsStage } from '../../src/extract/en/stages/units.ts';

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || !files.length) throw new Error('usage: run.ts OUT_DIR FILE.txt...');
mkdirSync(outDir, { recursive: true });
const t0 = performance.now();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const doc = newDoc({ id: basename(file, '.txt'), text, language: 'en', published: null });
  for (const m of text.matchAll(/[^.!?\n]+[.!?]*/g))
    doc.sentences.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  for (const stage of [placesStage, unitsStage, organizationsStage, peopleStage]) stage.run(doc);
  const out = {
    id: doc.id,
    units: doc.units,
    places: doc.places,
    people: doc.people,
    organizations: doc.organizations,
  };
  writeFileSync(join(outDir, `${doc.id}.json`), JSON.stringify(out, null, 1));
}
console.log(`${files.length} files in ${(performance.now() - t0).toFixed(0)} ms`);
