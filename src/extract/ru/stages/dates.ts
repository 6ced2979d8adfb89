/**
 * Russian dates stage: date expressions in each sentence (rules in
 * ../dates/rules.ts), resolved against the publication date when there is one
 * and left partial otherwise ("15 июля" is `--07-15` without one).
 */
import type { Stage } from '../../doc.ts';
import { dayOf } from '../dates/calendar.ts';
import { findDates, rulesFor } from '../dates/rules.ts';

export const datesStage: Stage = {
  name: 'dates-ru',
  version: '1',
  run(doc) {
    const ref = dayOf(doc.published);
    const rules = rulesFor(doc.text);
    for (const s of doc.sentences) {
      for (const d of findDates(s.text, ref, rules)) {
        doc.dates.push({ start: s.start + d.start, end: s.start + d.end, date: d.date, rule: d.rule });
      }
    }
  },
};
