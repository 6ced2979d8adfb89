import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenText, parseTelegramExport } from './telegram.ts';

const channel = (messages: unknown[], extra: object = {}) =>
  JSON.stringify({ name: 'Example Channel', type: 'public_channel', id: 1, ...extra, messages });

describe('parseTelegramExport', () => {
  it('makes one source per message with text, with permalinks when the username is given', () => {
    const json = channel(
      [
        { id: 1, type: 'service', action: 'create_channel', date: '2024-06-01T10:00:00', text: '' },
        {
          id: 7,
          type: 'message',
          date: '2024-06-10T14:05:00',
          date_unixtime: '1718028300',
          from: 'Example Channel',
          text: "Written for objector's tests.",
        },
        { id: 8, type: 'message', date: '2024-06-10T15:00:00', photo: '(File not included.)', text: '' },
        {
          id: 9,
          type: 'message',
          date: '2024-06-11T09:00:00',
          author: 'Night editor',
          text: ['Headline here', '\nBody of the post.'],
        },
      ],
      { username: '@example_channel' },
    );
    expect(parseTelegramExport(json)).toEqual([
      {
        itemKey: '7',
        title: null,
        text: "Written for objector's tests.",
        outlet: 'Example Channel',
        url: 'https://t.me/example_channel/7',
        author: null,
        published: '2024-06-10T14:05:00',
      },
      {
        itemKey: '9',
        title: 'Headline here',
        text: 'Headline here\nBody of the post.',
        outlet: 'Example Channel',
        url: 'https://t.me/example_channel/9',
        author: 'Night editor',
        published: '2024-06-11T09:00:00',
      },
    ]);
  });

  it('reads a group export: senders as authors, text_entities, Unix dates, no permalinks', () => {
    const sources = parseTelegramExport(
      readFileSync(new URL('../fixtures/group-result.json', import.meta.url), 'utf8'),
    );
    expect(sources.map((s) => [s.itemKey, s.author, s.published, s.url])).toEqual([
      ['101', 'Мама Андрея', '2024-06-15T14:00:00Z', null],
      ['102', 'Ольга', '2024-06-15T16:05:00', null],
    ]);
    expect(sources[0]!.text).toBe(
      'Написано для тестов objector. Сына держат в подвале в #Брянка, связи нет с 2 июня.',
    );
  });

  it('reports JSON errors by line and column, never by content', () => {
    expect(() => parseTelegramExport('{"name": "secret name", "messages": [\n  {"id": 1,')).toThrow(
      expect.objectContaining({
        code: 'invalid_json',
        message: 'truncated JSON: the file ends at line 2, column 12',
      }),
    );
    try {
      parseTelegramExport('{"name": "secret name",\n "messages": [x]}');
    } catch (error) {
      expect((error as Error).message).toBe('invalid JSON at line 2, column 15');
      expect((error as Error).message).not.toContain('secret');
    }
  });

  it('refuses JSON that is not a chat export, saying what is wrong', () => {
    const refuse = (json: string, message: RegExp) =>
      expect(() => parseTelegramExport(json)).toThrow(
        expect.objectContaining({ code: 'invalid_export', message: expect.stringMatching(message) }),
      );
    refuse('[1, 2]', /one JSON object/);
    refuse('{"name": "x"}', /no "messages" list/);
    refuse('{"about": "x", "chats": {"list": []}}', /full Telegram account export/);
    refuse('{"messages": []}', /no channel "name"/);
    refuse(channel([{ type: 'message', text: 'no id' }]), /message number 1 has no numeric id/);
    refuse(channel([{ id: 3, type: 'message', text: 42 }]), /message 3 has text in an unknown form/);
  });

  it('refuses an export without any message text', () => {
    expect(() => parseTelegramExport(channel([{ id: 1, type: 'message', text: '' }]))).toThrow(
      expect.objectContaining({ code: 'empty' }),
    );
  });
});

describe('flattenText', () => {
  it('joins strings and entity texts in order', () => {
    expect(
      flattenText([
        { type: 'bold', text: 'Urgent:' },
        ' a mother looks for her son, ',
        { type: 'text_link', text: 'write to us', href: 'https://example.org' },
        { type: 'custom_emoji', text: '🙏', document_id: 'x' },
        { type: 'mention_name', text: 'Denis', user_id: 5 },
        { type: 'unknown' },
      ]),
    ).toBe('Urgent: a mother looks for her son, write to us🙏Denis');
    expect(flattenText('plain')).toBe('plain');
  });
});

describe('what a Telegram message adds to its source', () => {
  it('keeps a forward’s origin, the edit time and the targets hidden behind link words', () => {
    const [forward, plain] = parseTelegramExport(
      channel([
        {
          id: 3,
          type: 'message',
          date: '2024-06-12T08:00:00',
          edited: '2024-06-12T09:30:00',
          forwarded_from: 'Other Test Channel',
          text: [
            'Invented report, see ',
            { type: 'text_link', text: 'the appeal', href: 'https://example.org/appeal' },
            ' and ',
            { type: 'link', text: 'https://example.org/two' },
            { type: 'text_link', text: 'bad', href: 'javascript:alert(1)' },
          ],
        },
        { id: 4, type: 'message', date: '2024-06-12T10:00:00', text: 'A post of its own.' },
      ]),
    );
    expect(forward).toMatchObject({
      forwardedFrom: 'Other Test Channel',
      edited: '2024-06-12T09:30:00',
      links: ['https://example.org/appeal', 'https://example.org/two'],
    });
    for (const field of ['forwardedFrom', 'edited', 'links']) expect(plain).not.toHaveProperty(field);
  });
});
