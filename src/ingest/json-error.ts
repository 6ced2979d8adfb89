/**
 * Where JSON.parse gave up. V8's messages sometimes carry a position and
 * sometimes a quote of the document instead ("Unexpected token 'x', "{..." is
 * not valid JSON"), and a quote must never reach a message. So after
 * JSON.parse has rejected a text, this small scanner walks the JSON grammar
 * to find the first offending character itself.
 */

export interface JsonErrorPosition {
  /** 1-based line and column of the first character that is not valid JSON (or of the end of the text). */
  line: number;
  column: number;
  /** True when the text is valid so far and simply ends too early. */
  truncated: boolean;
}

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The position of the first syntax error in `text`; when none is found, the end of the text. */
export function locateJsonError(text: string): JsonErrorPosition {
  const offset = firstErrorOffset(text);
  const truncated = offset === null || offset >= text.length;
  // A truncated text is reported where its last character is, not after trailing blank lines.
  const at = truncated ? text.trimEnd().length : offset;
  return { ...lineAndColumn(text, at), truncated };
}

function firstErrorOffset(text: string): number | null {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
    if (i >= text.length) return stack.length === 0 && expect === 'commaOrClose' ? null : text.length;
    const c = text[i]!;
    if (expect === 'colon') {
      if (c !== ':') return i;
      expect = 'value';
      i++;
    } else if (expect === 'commaOrClose') {
      const top = stack.at(-1);
      if (top === undefined) return i; // something after the complete document
      if (c === ',') expect = top === '{' ? 'key' : 'value';
      else if (c === (top === '{' ? '}' : ']')) stack.pop();
      else return i;
      i++;
    } else if (expect === 'key' || expect === 'keyOrClose') {
      if (c === '}' && expect === 'keyOrClose') {
        stack.pop();
        expect = 'commaOrClose';
        i++;
      } else if (c === '"') {
        const end = scanString(text, i);
        if (end < 0) return failedAt(end);
        i = end;
        expect = 'colon';
      } else return i;
    } else if (c === ']' && expect === 'valueOrClose') {
      stack.pop();
      expect = 'commaOrClose';
      i++;
    } else if (c === '{' || c === '[') {
      stack.push(c);
      expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
      i++;
    } else {
      const end = scanScalar(text, i);
      if (end < 0) return failedAt(end);
      i = end;
      expect = 'commaOrClose';
    }
  }
}

/** Scanners return the end offset of what they read, or fail(offset of the error): a negative number. */
function fail(offset: number): number {
  return -offset - 1;
}

function failedAt(result: number): number {
  return -result - 1;
}

/** End offset of the string, number or literal at `start`. */
function scanScalar(text: string, start: number): number {
  const c = text[start]!;
  if (c === '"') return scanString(text, start);
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = start;
    return NUMBER.exec(text) ? NUMBER.lastIndex : fail(Math.min(start + 1, text.length));
  }
  for (const literal of ['true', 'false', 'null']) {
    if (literal[0] !== c) continue;
    for (let k = 1; k < literal.length; k++) {
      if (start + k >= text.length) return fail(text.length);
      if (text[start + k] !== literal[k]) return fail(start + k);
    }
    return start + literal.length;
  }
  return fail(start);
}

function scanString(text: string, start: number): number {
  let j = start + 1;
  while (j < text.length) {
    const ch = text[j]!;
    if (ch === '"') return j + 1;
    if (ch < ' ') return fail(j);
    if (ch === '\\') {
      const next = text[j + 1];
      if (next === undefined) return fail(text.length);
      if (next === 'u') {
        for (let k = 2; k < 6; k++) {
          if (j + k >= text.length) return fail(text.length);
          if (!/[0-9a-fA-F]/.test(text[j + k]!)) return fail(j + k);
        }
        j += 6;
      } else if (ESCAPES.has(next)) j += 2;
      else return fail(j + 1);
    } else j++;
  }
  return fail(text.length);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
