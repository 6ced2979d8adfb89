/**
 * The normal form a contact takes before its blind index: a phone number as
 * its digits (so "+7 (900) 000-00-00" and "79000000000" match), anything
 * else (e-mail, messenger handle) in the general normal form.
 */
import { normaliseForIndex } from '../crypto/normalise.ts';

const PHONE = /^\+?[\d\s().-]{7,30}$/;

export function normaliseContact(value: string): string {
  const trimmed = value.trim();
  if (PHONE.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    // A Russian number written with the trunk prefix 8 is the same as +7.
    return digits.length === 11 && digits.startsWith('8') ? `7${digits.slice(1)}` : digits;
  }
  return normaliseForIndex(trimmed);
}
