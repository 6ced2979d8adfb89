/** Parsing numbers written in digits: "1,793", "20 000", "1.5", "80". */

/** The value of a digit string with thousands separators (",", thin or normal space) and an optional decimal point. */
export function parseDigits(raw: string): number | null {
  const cleaned = raw.replace(/[,\u00a0\u202f\u2009 ]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** Digit groups as they appear in text: grouped thousands first so "1,793" is one number, not "1" and "793". */
export const DIGITS_SOURCE = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
