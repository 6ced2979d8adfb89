import { describe, expect, it } from 'vitest';
import { generateKeyring } from '../crypto/keyring.ts';
import { buildEntry, canonicalEntry, GENESIS_HASH, hashEntry } from './entry.ts';

const base = {
  seq: 1,
  at: new Date('2025-01-02T03:04:05.678Z'),
  actor: 'u-1',
  action: 'update',
  targetKind: 'cases',
  targetId: 'c-1',
  details: { field: 'status', to: 'released' },
  prevHash: GENESIS_HASH,
};

describe('audit entry hashing', () => {
  it('does not depend on the order details were written in', () => {
    expect(hashEntry({ ...base, details: { to: 'released', field: 'status' } })).toBe(hashEntry(base));
  });

  it('changes with every field, including the previous hash', () => {
    const original = hashEntry(base);
    for (const change of [
      { seq: 2 },
      { at: new Date(base.at.getTime() + 1) },
      { actor: 'u-2' },
      { action: 'delete' },
      { targetKind: 'persons' },
      { targetId: null },
      { details: { field: 'status', to: 'detained' } },
      { prevHash: 'f'.repeat(64) },
    ]) {
      expect(hashEntry({ ...base, ...change })).not.toBe(original);
    }
  });

  it('keeps its serialisation stable: old logs must stay verifiable', () => {
    expect(canonicalEntry(base)).toBe(
      `["objector-audit-v1",1,"2025-01-02T03:04:05.678Z","u-1","update","cases","c-1",[["field","status"],["to","released"]],"${GENESIS_HASH}"]`,
    );
  });

  it('seals with the keyring, so another keyring gives another seal', () => {
    const position = { seq: 1, prevHash: GENESIS_HASH, at: base.at };
    const input = { actor: 'u-1', action: 'view' as const };
    const a = buildEntry(generateKeyring(), input, position);
    const b = buildEntry(generateKeyring(), input, position);
    expect(a.hash).toBe(b.hash);
    expect(a.seal).not.toBe(b.seal);
  });
});
