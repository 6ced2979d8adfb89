import { describe, expect, it } from 'vitest';
import { decodeReason, encodeReason } from './reason.ts';

describe('link reasons', () => {
  it('round-trips the parts and words them in English', () => {
    const stored = encodeReason([
      { kind: 'unit', name: '64th Brigade', written: '64 ОМСБр', event: true },
      { kind: 'facility', sites: [{ name: 'basement in Bryanka', named: true }] },
    ]);
    const { parts, text } = decodeReason(stored);
    expect(parts).toHaveLength(2);
    expect(text).toBe(
      'his unit 64th Brigade (written “64 ОМСБр”): the report tells of an event in it; ' +
        'a detention site where he was: basement in Bryanka (the kind of site the family named)',
    );
  });

  it('shows a reason stored as text before as it is, without parts', () => {
    expect(decodeReason('name “X” may be his (1.4 bits)')).toEqual({
      parts: null,
      text: 'name “X” may be his (1.4 bits)',
    });
    expect(decodeReason(null)).toEqual({ parts: null, text: null });
    expect(decodeReason('{"v":9}').parts).toBeNull();
  });
});
