import { describe, expect, it } from 'vitest';
import { locateJsonError } from './json-error.ts';

describe('locateJsonError', () => {
  it('finds where a file was cut off', () => {
    const text = '{\n "messages": [\n  {"id": 1, "text": "a"},\n  {"id": 2,\n';
    // Just after the last character: line 4 is '  {"id": 2,' (11 characters).
    expect(locateJsonError(text)).toEqual({ line: 4, column: 12, truncated: true });
    expect(locateJsonError('{"a": tru')).toMatchObject({ truncated: true });
    expect(locateJsonError('')).toEqual({ line: 1, column: 1, truncated: true });
  });

  it('finds the first character that is not JSON', () => {
    expect(locateJsonError('{"a":\n  x}')).toEqual({ line: 2, column: 3, truncated: false });
    expect(locateJsonError('[1,]')).toEqual({ line: 1, column: 4, truncated: false });
    expect(locateJsonError('{"a": 1}}')).toEqual({ line: 1, column: 9, truncated: false });
    expect(locateJsonError('{"a": "b\\q"}')).toEqual({ line: 1, column: 10, truncated: false });
    expect(locateJsonError("{'a': 1}")).toEqual({ line: 1, column: 2, truncated: false });
  });

  it('agrees with JSON.parse where V8 gives a position', () => {
    for (const text of ['{"name": "x",\n "messages": [1, 2 3]}', '{\n"a" 1}', '{"a": [1,2', '{"a":1}}']) {
      let position = -1;
      try {
        JSON.parse(text);
      } catch (error) {
        position = Number(/position (\d+)/.exec((error as Error).message)?.[1]);
      }
      const before = text.slice(0, position);
      const line = before.split('\n').length;
      const column = position - before.lastIndexOf('\n');
      expect(locateJsonError(text)).toMatchObject({ line, column });
    }
  });
});
