/**
 * Safe terminal output: everything the CLI prints from stored data passes
 * through here. A stored title or text may carry terminal control sequences
 * (OSC 52 writes the clipboard, OSC 0 sets the window title, SGR 8 hides
 * text, a bare carriage return overwrites the line) or bidirectional
 * overrides that reorder what is shown. Ingest strips them from new data,
 * but an older store still holds them raw, so output defends itself.
 *
 * Controls are not deleted but shown as visible escapes (`\x1b`, `\u{202e}`),
 * so a reader sees that something was there.
 */

/**
 * C0 controls, DEL, C1 controls (0x9b is a one-byte CSI, 0x9d a one-byte OSC
 * for terminals that honour them), line and paragraph separators, and the
 * bidirectional marks, embeddings, overrides and isolates.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

function visible(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/**
 * One value on one line (a title, an outlet, a name): every control becomes
 * a visible escape, newlines and tabs included, so a value cannot forge
 * another line of output.
 */
export function safeField(value: unknown): string {
  return String(value ?? '').replace(CONTROL, visible);
}

/**
 * A block of text (a source's body, a whole report, a command's output):
 * keeps line feeds and tabs, turns CR LF into LF, and escapes every other
 * control, a lone carriage return included.
 */
export function safeBlock(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(CONTROL, (ch) => (ch === '\n' || ch === '\t' ? ch : visible(ch)));
}

/**
 * JSON for a terminal or a pipe: the same value as JSON.stringify, with the
 * controls JSON leaves raw (DEL, C1, separators, bidirectional marks)
 * written as \u escapes, which any JSON reader turns back into the same string.
 */
export function safeJson(value: unknown): string {
  // The only raw control JSON.stringify writes is the line feed of its own indentation, outside strings.
  return (JSON.stringify(value, null, 2) ?? 'null').replace(CONTROL, (ch) =>
    ch === '\n' ? ch : `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
