import { describe, expect, it } from 'vitest';
import { hashToken, newSessionTokens, tokenMatches } from './session-tokens.ts';

describe('session tokens', () => {
  it('are random, 256-bit, and stored only as hashes', () => {
    const a = newSessionTokens();
    const b = newSessionTokens();
    expect(a.token).not.toBe(b.token);
    expect(a.token).not.toBe(a.csrfToken);
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.tokenHash).toBe(hashToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).not.toContain(a.token);
  });

  it('match only the token they were made from', () => {
    const session = newSessionTokens();
    expect(tokenMatches(session.csrfToken, session.csrfHash)).toBe(true);
    expect(tokenMatches(session.token, session.csrfHash)).toBe(false);
    expect(tokenMatches('', session.csrfHash)).toBe(false);
    expect(tokenMatches(session.csrfToken, 'not hex')).toBe(false);
  });
});
