/**
 * Writes a generated sample as mentions and truth JSONL (for bench/resolve/errors.ts).
 *   npx tsx bench/resolve/dump.ts --n 5000 --seed 2 OUT_PREFIX
 */
import { writeFileSync } from 'node:fs';
import { generateMentions } from './generate.ts';
import { arg, nameTables } from './tables.ts';

const prefix = process.argv[process.argv.length - 1] ?? '/tmp/persons';
const { mentions, truth } = generateMentions(arg('n', 5000), nameTables(), arg('seed', 2));
writeFileSync(`${prefix}-mentions.jsonl`, `${mentions.map((m) => JSON.stringify(m)).join('\n')}\n`);
writeFileSync(
  `${prefix}-truth.jsonl`,
  `${mentions.map((m, i) => JSON.stringify({ id: m.id, person: truth[i] })).join('\n')}\n`,
);
