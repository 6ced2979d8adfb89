/**
 * Passwords from leaked-password lists, which guessers try first. The list
 * is not ours: it is the "passwords-common" dictionary of zxcvbn-ts
 * (@zxcvbn-ts/language-common, MIT licence; about 49,000 passwords ranked by
 * how often they appear in published leaks). It is loaded on first use, so
 * commands that never set a password do not pay for it.
 */
import { createRequire } from 'node:module';

let common: ReadonlySet<string> | null = null;

function list(): ReadonlySet<string> {
  if (!common) {
    // Synchronous on purpose: password checks are sync, and this runs once per process.
    const require = createRequire(import.meta.url);
    const pack = require('@zxcvbn-ts/language-common') as { dictionary: Record<string, string[]> };
    common = new Set(pack.dictionary['passwords-common'] ?? []);
    // An empty list would silently accept everything: fail loudly instead.
    if (common.size < 10_000) throw new Error('the common-password list did not load');
  }
  return common;
}

/**
 * True when `password` (already NFKC-normalised) is a common password, in
 * any letter case, or one with only digits and symbols added before or after
 * it ("Password2024!", "1qwertyuiop").
 */
export function isCommonPassword(password: string): boolean {
  const words = list();
  const lower = password.toLowerCase();
  if (words.has(lower)) return true;
  const core = lower.replace(/^[\d\p{P}\p{S}\s]+|[\d\p{P}\p{S}\s]+$/gu, '');
  return core.length >= 4 && core !== lower && words.has(core);
}
