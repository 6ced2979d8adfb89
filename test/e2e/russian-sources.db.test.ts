/**
 * End to end (issue #12, point 7): a Russian Telegram export, a Russian
 * article and an English report about the same unit and place go through the
 * real `objector ingest`, and come out as one unit record, one place record
 * and one count with the three sources behind it. All three texts are
 * invented for this test (the people in them do not exist); the brigade and
 * the town are real entries of the units gazetteer and the place gazetteer.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { createTestStoreEnv, type TestStoreEnv } from '../support/test-store.ts';

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

const TELEGRAM = {
  name: 'Вымышленный канал',
  type: 'public_channel',
  id: 1000001,
  messages: [
    {
      id: 7,
      type: 'message',
      date: '2024-03-14T09:30:00',
      date_unixtime: '1710408600',
      from: 'Вымышленный канал',
      text: [
        'В Стаханове не менее 40 военнослужащих 64-й отдельной гвардейской мотострелковой бригады отказались возвращаться на фронт. ',
        { type: 'bold', text: 'Их держат в подвале, рассказала мать одного из них Галина Орехова.' },
      ],
    },
  ],
};

const ARTICLE_RU = `Отказники 64 ОМСБр

15 марта 2024 года

Не менее 40 бойцов 64 ОМСБр отказались возвращаться на передовую в Стаханове. Теперь их удерживают в подвале. Рядовой Ярослав Кречетов написал жене, что у них забрали телефоны.
`;

const REPORT_EN = `Soldiers refuse to return to the front

March 16, 2024

In Stakhanov, at least 40 soldiers of the 64th Separate Guards Motor Rifle Brigade refused to return to the front, relatives said. They are now held in a basement. Private Yaroslav Krechetov wrote to his wife that their phones had been taken.
`;

interface RecordRow {
  id: string;
  kind: string;
  key: string;
  name: string;
  sources: number;
}
interface CountGroup {
  key: { type: string; unit: string | null; place: string | null; month: string | null };
  lowerBound: number;
  sources: string[];
}

describe('Russian and English sources about one unit and one place', () => {
  const stores: TestStoreEnv[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.dispose();
  });

  it('ingests a Telegram export, a Russian article and an English report into shared records and one count', {
    timeout: 600_000,
  }, async () => {
    const store = await createTestStoreEnv(join(tmp('objector-ru-data-'), 'data'));
    stores.push(store);
    const dir = tmp('objector-ru-in-');
    writeFileSync(join(dir, 'result.json'), JSON.stringify(TELEGRAM));
    writeFileSync(join(dir, 'article-ru.txt'), ARTICLE_RU);
    writeFileSync(join(dir, 'report-en.txt'), REPORT_EN);

    const ingest = await runCli(['ingest', '--json', dir], store.env);
    expect(ingest.stderr).toBe('');
    expect(JSON.parse(ingest.stdout)).toMatchObject({ added: 3, failed: [] });
    const sources = JSON.parse((await runCli(['sources', '--json'], store.env)).stdout) as {
      language: string;
    }[];
    expect(sources.map((s) => s.language).sort()).toEqual(['en', 'ru', 'ru']);

    const records = JSON.parse((await runCli(['records', '--json'], store.env)).stdout) as RecordRow[];
    const units = records.filter((r) => r.kind === 'unit');
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ key: '64-brigade', sources: 3 });
    const places = records.filter((r) => r.kind === 'place' && r.sources === 3);
    expect(places).toHaveLength(1);
    expect(places[0]?.name).toMatch(/Kadiyivka|Stakhanov/);

    const counts = JSON.parse((await runCli(['counts', '--json'], store.env)).stdout) as {
      groups: CountGroup[];
      names: Record<string, string>;
    };
    // The refusal told by all three: one count of at least 40 for the brigade in the town, three sources behind it.
    const refusal = counts.groups.filter(
      (g) => g.key.type === 'refusal' && g.key.unit === units[0]?.key && g.key.place === places[0]?.key,
    );
    expect(refusal.length).toBeGreaterThan(0);
    expect(refusal[0]).toMatchObject({ lowerBound: 40 });
    expect(new Set(refusal[0]?.sources).size).toBe(3);
  });
});
