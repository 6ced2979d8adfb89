/**
 * Whether a headline reports an occurrence. A headline without a finite verb
 * or a short participle is a topic label ("Год мобилизации в судах и
 * приговорах", "Российские дезертиры в эмиграции") or a chain of infinitives
 * ("Не прийти > отказаться > сбежать"): the article's body tells the
 * occurrences it announces. A headline with a predicate, past or present
 * ("Дезертир задержан", "Мобилизованным угрожают тюрьмой"), reports as a
 * sentence does.
 */
import { fold } from '../morph.ts';
import { CUES } from './lexicon.ts';
import type { Token } from './tokens.ts';

const PREDICATE_POS: ReadonlySet<string> = new Set(['VERB', 'PRTS']);

/** Whether a headline, as tokens, has a predicate that can report an occurrence. */
export function headlineReports(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.readings.some((r) => PREDICATE_POS.has(r.pos)));
}

/**
 * Whether a sentence is the article announcing itself ("Рассказываем, при
 * каких обстоятельствах исчезают солдаты", "Разберёмся, почему …"): a verb of
 * telling in the first person plural, present or future. What it names is the
 * theme of what follows, where the occurrences are told.
 */
export function announcesArticle(tokens: readonly Token[]): boolean {
  return tokens.some((t) =>
    t.readings.some(
      (r) =>
        r.pos === 'VERB' &&
        r.tags.includes('1per') &&
        r.tags.includes('plur') &&
        !r.tags.includes('past') &&
        CUES.announcing.has(fold(r.lemma)),
    ),
  );
}
