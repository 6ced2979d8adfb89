import { describe, expect, it } from 'vitest';
import { newDoc } from '../../doc.ts';
import { figuresStage } from '../stages/figures.ts';
import { sentencesStage } from '../stages/sentences.ts';
import { verbForms } from './classes.ts';

function brief(text: string) {
  const doc = newDoc({ id: 't', text, language: 'en', published: null });
  sentencesStage.run(doc);
  figuresStage.run(doc);
  return doc.figures.map((f) => [f.value, f.qualifier, f.counts]);
}

describe('figures from structure', () => {
  it('inflects class lemmas by rule', () => {
    expect(verbForms('refuse')).toEqual(expect.arrayContaining(['refused', 'refusing', 'refuses']));
    expect(verbForms('flee')).toEqual(expect.arrayContaining(['fled', 'fleeing']));
    expect(verbForms('counsel')).toEqual(expect.arrayContaining(['counselled', 'counseled']));
  });

  it('reads ranges as two bounds', () => {
    expect(brief('Between 20 and 40 marines deserted from the camp.')).toEqual([
      [20, 'at_least', 'deserted'],
      [40, 'at_most', 'deserted'],
    ]);
    expect(brief('Roughly 60 to 70 reservists refused to deploy.')).toEqual([
      [60, 'about', 'refusing'],
      [70, 'about', 'refusing'],
    ]);
    expect(brief('Police detained 3-4 conscripts at the station.')).toEqual([
      [3, 'at_least', 'detained'],
      [4, 'at_most', 'detained'],
    ]);
  });

  it('takes the predicate of a relative clause when the main clause has none', () => {
    expect(brief('Nine sailors who were fired for refusing to sail filed a lawsuit.')).toEqual([
      [9, 'exact', 'refusing'],
    ]);
    expect(brief('Fourteen cadets from the academy who had fled were later sentenced.')).toEqual([
      [14, 'exact', 'prosecuted'],
    ]);
  });

  it('counts proxy nouns by their clause, their default, or the last proxy', () => {
    expect(brief('Garrison courts heard 412 cases last spring.')).toEqual([[412, 'exact', 'prosecuted']]);
    expect(
      brief(
        'Families filed 95 claims asking to declare their sons missing. A year later, 130 claims came in.',
      ),
    ).toEqual([
      [95, 'exact', 'missing'],
      [130, 'exact', 'missing'],
    ]);
    expect(brief('The hotline logged 640 requests in spring.')).toEqual([[640, 'exact', 'assisted']]);
  });

  it('reads a measuring verb whose subject counts people', () => {
    expect(brief('The number of deserters has climbed to 310.')).toEqual([[310, 'exact', 'deserted']]);
    expect(brief('Their casualties have exceeded 4,000.')).toEqual([[4000, 'more_than', 'killed']]);
  });

  it('reads headlines, half a million and a joined one', () => {
    expect(brief('Seven Marines Sentenced For Desertion\n\nThe court ruled on Monday.')).toEqual([
      [7, 'exact', 'prosecuted'],
    ]);
    expect(brief('Half a million men were mobilised.')).toEqual([[500000, 'exact', 'recruited']]);
    expect(brief('Four privates and one sergeant escaped.')).toEqual([
      [4, 'exact', 'deserted'],
      [1, 'exact', 'deserted'],
    ]);
  });

  it('lets a figure continue the topic of the sentence before', () => {
    expect(brief('The guards locked the men in a shed. There were 16 soldiers there.')).toEqual([
      [16, 'exact', 'detained'],
    ]);
  });

  it('ignores class words inside names', () => {
    expect(brief('Forty volunteers joined Free Harbour last year.')).toEqual([[40, 'exact', 'other']]);
  });
});
