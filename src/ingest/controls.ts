/**
 * Terminal control codes out of ingested text. A document can carry escape
 * sequences (OSC 52 writes the clipboard, OSC 0/2 sets the window title,
 * SGR 8 hides text) that act when the text is later printed in a terminal;
 * C0/C1 controls have no place in a news text or its metadata. Whole escape
 * sequences are removed (not only their ESC), so no half of one is left to
 * be read as text.
 */

/** ESC or the C1 introducers (CSI 0x9b, OSC 0x9d, DCS 0x90, SOS 0x98, PM 0x9e, APC 0x9f) with their payload. */
const ESCAPE_SEQUENCE = new RegExp(
  [
    // OSC, DCS, SOS, PM, APC: a string up to BEL or ST (ESC \ or 0x9c), bounded so a missing end cannot eat the text.
    '(?:\\u001b[\\]P^_X]|[\\u0090\\u0098\\u009d\\u009e\\u009f])[^\\u0007\\u001b\\u009c]{0,4096}(?:\\u0007|\\u001b\\\\|\\u009c)?',
    // CSI: parameters, intermediates, final byte.
    '(?:\\u001b\\[|\\u009b)[0-?]{0,64}[ -/]{0,16}[@-~]?',
    // Other two-character escapes (ESC c, ESC 7, ESC ( B, ...).
    '\\u001b[ -/]{0,4}[0-~]?',
  ].join('|'),
  'g',
);

/** Characters that end a line in some exports: CR LF, CR, line and form tabulation. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is this module's job
const LINE_ENDS = /\r\n?|[\u000b\u000c]/g;
/** C0 controls but tab and line feed, DEL, and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is this module's job
const BODY_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Every C0 and C1 control, tab and line feed included (metadata is one line). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is this module's job
const ALL_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Body text without escape sequences or control characters, keeping '\n'
 * and '\t'. Carriage returns, form and line tabulations become line feeds
 * (they end lines in some exports); the caller tidies the result.
 */
export function stripBodyControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(LINE_ENDS, '\n').replace(BODY_CONTROLS, '');
}

/** `text` without escape sequences or any control character, closing up the gaps (for names). */
export function removeControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(ALL_CONTROLS, '');
}

/**
 * A metadata value (title, outlet, url, author, ...) without escape
 * sequences or any control character; a control between words becomes a
 * space. Null stays null, and a value with nothing left becomes null.
 */
export function stripMetadataControls(value: string | null): string | null {
  if (value === null) return null;
  const clean = value.replace(ESCAPE_SEQUENCE, '').replace(ALL_CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
  return clean === '' ? null : clean;
}
