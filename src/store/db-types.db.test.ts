import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_TYPES_PATH, renderDbTypes } from '../../scripts/db/generate-types.ts';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';

describe('generated row types', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(() => store.dispose());

  it('match the schema the migrations create (run `npm run db:types` when this fails)', async () => {
    expect(readFileSync(DB_TYPES_PATH, 'utf8')).toBe(await renderDbTypes(store.db));
  });
});
