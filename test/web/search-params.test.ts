/** The search screen's address (web/screens/search/params.js): filters kept, chips, pages. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the web app is plain JavaScript without type declarations.
import * as p from '../../web/screens/search/params.js';

type Params = Record<string, string | number>;
const s = p as {
  PAGE: number;
  readParams(q: URLSearchParams): Params;
  toQuery(x: Params): Record<string, string>;
  withFacet(x: Params, field: string, value: string): Params;
  without(x: Params, field: string): Params;
  withForm(x: Params, draft: Record<string, string>): Params;
  atOffset(x: Params, offset: number): Params;
  activeChips(x: Params): { field: string; key: string; value: string }[];
};

describe('search address', () => {
  const start = s.readParams(new URLSearchParams('q=refused&type=refusal&offset=40'));

  it('keeps every filter when another facet is added, and goes back to the first page', () => {
    const next = s.withFacet(start, 'unit', '64-brigade');
    expect(s.toQuery(next)).toEqual({ q: 'refused', type: 'refusal', unit: '64-brigade' });
    const month = s.withFacet(next, 'month', '2024-04');
    expect(s.toQuery(month)).toEqual({
      q: 'refused',
      type: 'refusal',
      unit: '64-brigade',
      from: '2024-04',
      to: '2024-04',
    });
  });

  it('keeps the facets when the text form is sent', () => {
    const next = s.withForm(s.withFacet(start, 'place', 'Belgorod'), { q: 'deserted ', from: '2024' });
    expect(s.toQuery(next)).toEqual({ q: 'deserted', type: 'refusal', place: 'Belgorod', from: '2024' });
  });

  it('shows active filters as chips that remove only themselves', () => {
    const x = s.withFacet(s.withFacet(start, 'month', '2024-04'), 'unit', '64-brigade');
    expect(s.activeChips(x).map((c) => c.field)).toEqual(['q', 'type', 'unit', 'month']);
    expect(s.toQuery(s.without(x, 'from'))).toEqual({ q: 'refused', type: 'refusal', unit: '64-brigade' });
    expect(s.toQuery(s.without(x, 'type'))).toEqual({
      q: 'refused',
      unit: '64-brigade',
      from: '2024-04',
      to: '2024-04',
    });
  });

  it('pages', () => {
    expect(start.offset).toBe(40);
    expect(s.toQuery(s.atOffset(start, 40 + s.PAGE)).offset).toBe('60');
    expect(s.readParams(new URLSearchParams('offset=-5')).offset).toBe(0);
  });
});
