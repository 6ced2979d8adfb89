/** A forwarded Telegram post is linked to its original when both are stored, and keeps what it adds. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { ingestBytes } from './ingest-sources.ts';
import { getSource, listSources } from './repository.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const channel = (name: string, messages: unknown[]) =>
  utf8(JSON.stringify({ name, type: 'public_channel', id: 1, messages }));

describe('forwarded Telegram posts', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(() => store.dispose());

  it('links a forward to its original instead of counting it as a new source, keeping origin, edit time and links', async () => {
    const original = await ingestBytes(
      store.db,
      'origin/result.json',
      channel('Origin Test Channel', [
        {
          id: 10,
          type: 'message',
          date: '2024-06-01T10:00:00',
          text: 'Invented headline for a forward test\n\nForty soldiers of an invented unit wrote appeals, relatives said.',
        },
      ]),
    );
    expect(original.added).toBe(1);
    // The forward carries the same headline but a body cut short: too different to be a near-duplicate.
    const forwarded = await ingestBytes(
      store.db,
      'relay/result.json',
      channel('Relay Test Channel', [
        {
          id: 77,
          type: 'message',
          date: '2024-06-02T08:00:00',
          edited: '2024-06-02T09:00:00',
          forwarded_from: 'Origin Test Channel',
          text: [
            'Invented headline for a forward test\n\nMore at ',
            { type: 'text_link', text: 'the channel', href: 'https://example.org/origin/10' },
          ],
        },
      ]),
    );
    expect(forwarded).toMatchObject({ added: 1, duplicates: 0, nearDuplicates: 1 });
    const sources = await listSources(store.db, {});
    const relay = sources.find((s) => s.outlet === 'Relay Test Channel')!;
    const origin = sources.find((s) => s.outlet === 'Origin Test Channel')!;
    expect(relay.duplicateOf).toBe(origin.id);
    const detail = await getSource(store.db, relay.id);
    expect(detail).toMatchObject({
      forwardedFrom: 'Origin Test Channel',
      edited: '2024-06-02T09:00:00',
      links: ['https://example.org/origin/10'],
    });
  });
});
