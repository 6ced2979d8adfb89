/**
 * Optional second factor: time-based one-time passwords (RFC 6238, SHA-1,
 * 6 digits, 30 s, the form every authenticator app reads), through otpauth.
 *
 * The secret is stored encrypted (encryptField, context users/totp_secret/id).
 * Replay protection needs one integer per user, the last step accepted: pass
 * it in, store the returned `step` after a success, and a code seen once is
 * refused for the rest of its window.
 */
import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** One step either side: tolerates 30 s of clock drift or a code typed as it changed. */
const WINDOW = 1;
/** 160 bits, the length RFC 4226 recommends. */
const SECRET_BYTES = 20;

export type TotpResult =
  | {
      ok: true /** The time step the code belonged to: store it as the user's last used step. */;
      step: number;
    }
  | { ok: false; reason: 'invalid' | 'replayed' };

export interface VerifyTotpInput {
  /** The base32 secret (decrypted). */
  secret: string;
  /** What the user typed; spaces are ignored. */
  token: string;
  now: Date;
  /** The step of the last code this user used successfully, or null if none. */
  lastUsedStep: number | null;
}

/** A new random secret, base32 (what authenticator apps and otpauth:// URIs use). */
export function generateTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

export interface TotpUriInput {
  secret: string;
  /**
   * Shown in the authenticator app. A phone can be searched at a border: let
   * the operator choose a neutral issuer and label rather than the
   * organisation's name.
   */
  issuer: string;
  label: string;
}

/** The otpauth:// URI to show as a QR code when the user enrols. */
export function totpUri(input: TotpUriInput): string {
  return makeTotp(input.secret, input.issuer, input.label).toString();
}

/** Checks a code against the current time ± one step and against replay. */
export function verifyTotp(input: VerifyTotpInput): TotpResult {
  const token = input.token.replace(/\s+/g, '');
  if (!new RegExp(`^[0-9]{${DIGITS}}$`).test(token)) return { ok: false, reason: 'invalid' };
  const timestamp = input.now.getTime();
  const delta = makeTotp(input.secret).validate({ token, timestamp, window: WINDOW });
  if (delta === null) return { ok: false, reason: 'invalid' };
  const step = TOTP.counter({ period: PERIOD_SECONDS, timestamp }) + delta;
  if (input.lastUsedStep !== null && step <= input.lastUsedStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step };
}

/** The code for `now`: for tests and for an enrolment screen's self-check. */
export function totpCode(secret: string, now: Date): string {
  return makeTotp(secret).generate({ timestamp: now.getTime() });
}

function makeTotp(secret: string, issuer = '', label = 'account'): TOTP {
  return new TOTP({
    issuer,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD_SECONDS,
  });
}
