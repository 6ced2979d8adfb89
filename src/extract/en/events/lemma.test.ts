import { describe, expect, it } from 'vitest';
import { formsOf, pastForms, presentForms } from './lemma.ts';

describe('formsOf', () => {
  it('inflects regular verbs, with e-drop, y and consonant doubling', () => {
    expect(formsOf('detain', 'v')).toEqual(['detain', 'detains', 'detained', 'detaining']);
    expect(formsOf('refuse', 'v')).toEqual(['refuse', 'refuses', 'refused', 'refusing']);
    expect(formsOf('deny', 'v')).toEqual(['deny', 'denies', 'denied', 'denying']);
    expect(formsOf('trap', 'v')).toEqual(['trap', 'traps', 'trapped', 'trapping']);
    expect(formsOf('die', 'v')).toContain('dying');
  });

  it('takes irregular pasts from the table', () => {
    expect(formsOf('flee', 'v')).toEqual(['flee', 'flees', 'fled', 'fleeing']);
    expect(formsOf('hold', 'v')).toContain('held');
    expect(pastForms('get')).toEqual(['got', 'gotten']);
  });

  it('gives both -ise and -ize spellings, and noun plurals', () => {
    expect(formsOf('mobilise', 'v')).toEqual(
      expect.arrayContaining(['mobilized', 'mobilised', 'mobilizing']),
    );
    expect(formsOf('mobilisation', 'n')).toEqual(expect.arrayContaining(['mobilizations', 'mobilisation']));
    expect(formsOf('casualty', 'n')).toEqual(['casualty', 'casualties']);
    expect(formsOf('awol', 'w')).toEqual(['awol']);
  });

  it('lists the simple-present forms apart', () => {
    expect(presentForms('prosecute')).toEqual(['prosecute', 'prosecutes']);
  });
});
