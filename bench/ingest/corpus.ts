/**
 * A generated corpus for the ingest benchmark: varied, report-like English
 * texts built from phrase pools with a seeded random generator, so documents
 * differ as real reports do (the test helper's texts share one template), and
 * one in thirty is a reprint of an earlier one, to exercise duplicate linking.
 */
import { rng } from '../resolve/generate.ts';

const pools = {
  subject: [
    'soldiers',
    'mobilised men',
    'contract servicemen',
    'paratroopers',
    'marines',
    'conscripts',
    'reservists',
  ],
  act: [
    'filed reports asking to be discharged',
    'refused to return to the front line',
    'were held in a basement near the base',
    'did not come back from leave',
    'wrote appeals to the military prosecutor',
    'were threatened with criminal cases',
    'had their phones and passports taken',
    'asked a helpline how to leave the army',
    'were sent back to assault units',
    'were detained by military police',
  ],
  town: [
    'Kursk',
    'Belgorod',
    'Rostov-on-Don',
    'Bryansk',
    'Voronezh',
    'Pskov',
    'Ulan-Ude',
    'Chita',
    'Omsk',
    'Kazan',
  ],
  who: ['a relative', 'a lawyer', 'a helpline adviser', 'a fellow soldier', 'a local journalist', 'a priest'],
  detail: [
    'The command did not answer written questions.',
    'Relatives said they had not heard from the men for weeks.',
    'A lawyer said the detentions had no legal basis.',
    'The unit is stationed in a former school building.',
    'Several of the men are over fifty years old.',
    'The ministry has not commented on the reports.',
    'Messages seen by reporters describe beatings and threats.',
    'Some of the men were wounded before they asked to leave.',
    'Officers told them their contracts had no end date.',
    'Families have written to the ombudsman and to the prosecutor.',
  ],
  word: 'river field road winter spring letter village hospital office night morning camp truck'.split(' '),
};

function report(seed: number): string {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const n = () => 5 + Math.floor(r() * 900);
  const sentences = [`Generated benchmark report ${seed}: not a real event.`];
  const count = 5 + Math.floor(r() * 8);
  for (let i = 0; i < count; i++) {
    const k = r();
    if (k < 0.35)
      sentences.push(
        `At least ${n()} ${pick(pools.subject)} from ${pick(pools.town)} ${pick(pools.act)}, ${pick(pools.who)} said.`,
      );
    else if (k < 0.7) sentences.push(pick(pools.detail));
    else
      sentences.push(
        `In the ${pick(pools.word)} near ${pick(pools.town)}, ${pick(pools.who)} saw ${n()} men by the ${pick(pools.word)} on day ${n()}.`,
      );
  }
  return sentences.join(' ');
}

/** `count` documents; every thirtieth reprints the one before it with a new first line. */
export function benchmarkCorpus(count: number): string[] {
  const docs: string[] = [];
  for (let i = 0; i < count; i++) {
    const previous = docs[i - 1];
    docs.push(i % 30 === 29 && previous ? `Reprinted from a partner outlet.\n\n${previous}` : report(i + 1));
  }
  return docs;
}
