/**
 * Dates stage: date expressions (chrono-node), resolved against the
 * publication date when there is one and left partial otherwise. Sentences
 * without a month, weekday or relative date word skip the parser: it is the
 * slowest step of the pipeline.
 */
import * as chrono from 'chrono-node';
import type { DateMention, Stage } from '../../doc.ts';
import { compilePhrases } from '../../text/patterns.ts';
import { toIsoDate } from '../dates/resolve.ts';
import { dates } from '../lexicon/load.ts';

const MAY_HOLD_DATE = new RegExp(compilePhrases(dates.prefilter).source, 'iu');
const BARE_YEAR_RE =
  /\b(?:in|since|of|during|by|until|early|late|mid-?|fall|spring|summer|winter|autumn|throughout)\s+((?:19|20)\d{2})\b(?![-–,]\d)/giu;
// chrono reads "may" (the verb) and "march" (the verb) as months; demand a capital for month names.
const LOWERCASE_MONTH_RE = /^(?:may|march)\b/;

/** Dates in one sentence; offsets are document offsets. */
function datesIn(text: string, offset: number, reference: Date | null): DateMention[] {
  const out: DateMention[] = [];
  if (MAY_HOLD_DATE.test(text)) {
    for (const r of chrono.en.casual.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)))) {
      if (LOWERCASE_MONTH_RE.test(r.text)) continue;
      const date = toIsoDate(r.start, r.text, reference);
      if (date)
        out.push({
          start: offset + r.index,
          end: offset + r.index + r.text.length,
          date,
          rule: 'date.chrono',
        });
    }
  }
  for (const m of text.matchAll(BARE_YEAR_RE)) {
    const start = offset + m.index + m[0].length - (m[1]?.length ?? 0);
    if (out.some((d) => d.start <= start && start < d.end)) continue;
    out.push({ start, end: start + 4, date: m[1] ?? '', rule: 'date.year' });
  }
  return out.sort((a, b) => a.start - b.start);
}

export const datesStage: Stage = {
  name: 'dates',
  version: '1',
  run(doc) {
    const reference = doc.published ? new Date(`${doc.published.slice(0, 10)}T12:00:00Z`) : null;
    for (const s of doc.sentences) doc.dates.push(...datesIn(s.text, s.start, reference));
  },
};
