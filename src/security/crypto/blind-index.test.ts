import { describe, expect, it } from 'vitest';
import { blindIndex } from './blind-index.ts';
import { generateKeyring, rotateKeyring } from './keyring.ts';
import { normaliseForIndex } from './normalise.ts';

describe('normaliseForIndex', () => {
  it('folds case, whitespace, ё, compatibility forms and invisible characters', () => {
    expect(normaliseForIndex('  Семён   ПЕТРОВ ')).toBe(normaliseForIndex('семен петров'));
    expect(normaliseForIndex('Ｉｖａｎ')).toBe('ivan');
    expect(normaliseForIndex('Iv\u200ban\u00ad')).toBe('ivan');
    expect(normaliseForIndex('Smith\u2013Jones')).toBe('smith-jones');
  });

  it('brings Latin look-alikes inside a Cyrillic word into Cyrillic, and the reverse', () => {
    // "Каминский" with Latin K, a and c.
    expect(normaliseForIndex('Kaминcкий')).toBe(normaliseForIndex('Каминский'));
    // "Ivanov" with Cyrillic о.
    expect(normaliseForIndex('Ivanоv')).toBe('ivanov');
  });

  it('does not transliterate: a name in the other script stays different', () => {
    expect(normaliseForIndex('Kaminsky')).not.toBe(normaliseForIndex('Каминский'));
    expect(normaliseForIndex('Иван')).not.toBe(normaliseForIndex('Ivan'));
  });
});

describe('blindIndex', () => {
  const keyring = generateKeyring();

  it('is equal for values with the same normal form', () => {
    expect(blindIndex(keyring, 'Артём  Гном', 'persons.name')).toBe(
      blindIndex(keyring, 'артем гном', 'persons.name'),
    );
  });

  it('differs for different values, purposes and keyrings', () => {
    const base = blindIndex(keyring, 'Артём', 'persons.name');
    expect(blindIndex(keyring, 'Артур', 'persons.name')).not.toBe(base);
    expect(blindIndex(keyring, 'Артём', 'contacts.name')).not.toBe(base);
    expect(blindIndex(generateKeyring(), 'Артём', 'persons.name')).not.toBe(base);
    expect(base).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('stays the same after data key rotation', () => {
    expect(blindIndex(rotateKeyring(keyring), '+7 900 000-00-00', 'phone')).toBe(
      blindIndex(keyring, '+7 900 000-00-00', 'phone'),
    );
  });

  it('accepts a purpose-specific normal form', () => {
    const digits = { normalise: (v: string) => v.replace(/\D/g, '') };
    expect(blindIndex(keyring, '+7 (900) 000-00-00', 'phone', digits)).toBe(
      blindIndex(keyring, '79000000000', 'phone', digits),
    );
  });
});
