import { describe, expect, it } from 'vitest';
import { safeBlock, safeField, safeJson } from './terminal.ts';

const ESC = '\u001b';
const BEL = '\u0007';
// Invented hostile metadata: clipboard write (OSC 52), window title (OSC 0), hidden text (SGR 8),
// a one-byte CSI (C1), a carriage return that overwrites the line, and a right-to-left override.
const HOSTILE = `A${ESC}]52;c;SGVsbG8=${BEL}B${ESC}]0;owned${BEL}C${ESC}[8mhidden${ESC}[0m\u009b2J\rD\u202eE`;
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point.
const ANY_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('safe terminal output', () => {
  it('shows every control of a field as a visible escape, newlines included', () => {
    const out = safeField(`${HOSTILE}\nforged line`);
    expect(out).not.toMatch(ANY_CONTROL);
    expect(out).not.toContain('\n');
    expect(out).toContain('A\\x1b]52;c;SGVsbG8=\\x07B');
    expect(out).toContain('\\x9b2J\\x0dD\\u{202e}E');
    expect(safeField(null)).toBe('');
  });

  it('keeps the lines and tabs of a block, and nothing else', () => {
    const out = safeBlock(`line one\r\n\tline two\n${HOSTILE}`);
    expect(out.startsWith('line one\n\tline two\n')).toBe(true);
    expect(out.replaceAll('\t', ' ')).not.toMatch(ANY_CONTROL);
    expect(out).toContain('\\x0d');
  });

  it('writes JSON that parses back to the same value, without raw C1 or bidirectional controls', () => {
    const value = { title: HOSTILE, nested: [`x\u2028y\u0085z`] };
    const out = safeJson(value);
    expect(out).not.toMatch(ANY_CONTROL);
    expect(out).not.toMatch(/[\u2028\u0085]/);
    expect(JSON.parse(out)).toEqual(value);
    expect(safeJson(undefined)).toBe('null');
  });
});
