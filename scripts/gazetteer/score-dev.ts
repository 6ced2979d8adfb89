/**
 * Runs only the places stage over a folder of NAME.txt documents and writes
 * OUT_DIR/NAME.json with `places` filled (other claim lists empty), so the
 * shared scorer can report the places row before the full pipeline exists.
 *
 *   npx tsx scripts/gazetteer/score-dev.ts ../shared/corpus/dev /tmp/places-out
 *   node ../shared/tools/score.mjs ../shared/corpus/dev /tmp/places-out --verbose
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { newDoc } from '../../src/extract/doc.ts';
import { placesStage } from '../../src/extract/en/stages/places.ts';

const [inDir, outDir] = process.argv.slice(2);
if (!inDir || !outDir) {
  console.error('usage: score-dev.ts IN_DIR OUT_DIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
let chars = 0;
const t0 = performance.now();
for (const file of readdirSync(inDir).filter((f) => f.endsWith('.txt'))) {
  const id = basename(file, '.txt');
  const text = readFileSync(join(inDir, file), 'utf8');
  const doc = newDoc({
    id,
    text,
    language: /[а-яё]/i.test(text.slice(0, 400)) ? 'ru' : 'en',
    published: null,
  });
  doc.sentences = [{ start: 0, end: text.length, text }];
  placesStage.run(doc);
  chars += text.length;
  writeFileSync(join(outDir, `${id}.json`), JSON.stringify({ ...doc, sentences: undefined }, null, 2));
}
console.log(`${chars} chars in ${(performance.now() - t0).toFixed(0)} ms (includes loading the gazetteer)`);
