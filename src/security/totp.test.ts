import { describe, expect, it } from 'vitest';
import { generateTotpSecret, totpCode, totpUri, verifyTotp } from './totp.ts';

// RFC 6238 appendix B: the SHA-1 secret is ASCII "12345678901234567890".
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('totp', () => {
  it('matches the RFC 6238 test vectors (last 6 digits)', () => {
    expect(totpCode(RFC_SECRET, new Date(59_000))).toBe('287082');
    expect(totpCode(RFC_SECRET, new Date(1_111_111_109_000))).toBe('081804');
    expect(totpCode(RFC_SECRET, new Date(2_000_000_000_000))).toBe('279037');
  });

  it('accepts the current code and the ones a step either side, not two steps away', () => {
    const secret = generateTotpSecret();
    const now = new Date('2025-03-01T12:00:10Z');
    const at = (seconds: number) => totpCode(secret, new Date(now.getTime() + seconds * 1000));
    const check = (token: string) => verifyTotp({ secret, token, now, lastUsedStep: null }).ok;
    expect(check(at(0))).toBe(true);
    expect(check(at(-30))).toBe(true);
    expect(check(at(30))).toBe(true);
    expect(check(at(-60))).toBe(false);
    expect(check(at(60))).toBe(false);
  });

  it('refuses a code already used, and an older one after a newer one', () => {
    const secret = generateTotpSecret();
    const now = new Date('2025-03-01T12:00:10Z');
    const token = totpCode(secret, now);
    const first = verifyTotp({ secret, token, now, lastUsedStep: null });
    expect(first.ok).toBe(true);
    const step = first.ok ? first.step : -1;
    expect(step).toBe(Math.floor(now.getTime() / 30_000));
    expect(verifyTotp({ secret, token, now, lastUsedStep: step })).toEqual({ ok: false, reason: 'replayed' });
    const previous = totpCode(secret, new Date(now.getTime() - 30_000));
    expect(verifyTotp({ secret, token: previous, now, lastUsedStep: step })).toEqual({
      ok: false,
      reason: 'replayed',
    });
  });

  it('ignores spaces and refuses malformed input', () => {
    const secret = generateTotpSecret();
    const now = new Date('2025-03-01T12:00:10Z');
    const token = totpCode(secret, now);
    expect(
      verifyTotp({ secret, token: `${token.slice(0, 3)} ${token.slice(3)}`, now, lastUsedStep: null }).ok,
    ).toBe(true);
    for (const bad of ['', '12345', '1234567', 'abcdef']) {
      expect(verifyTotp({ secret, token: bad, now, lastUsedStep: null })).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
  });

  it('makes random 160-bit secrets and a standard otpauth URI', () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(generateTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri({ secret, issuer: 'Notes', label: 'anna' }));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Notes');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
  });
});
