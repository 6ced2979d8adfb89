import { describe, expect, it } from 'vitest';
import { newDoc } from '../../doc.ts';
import { placesStage } from './places.ts';

function run(text: string, language: 'en' | 'ru' = 'en') {
  const doc = newDoc({ id: 't', text, language, published: null });
  doc.sentences = [{ start: 0, end: text.length, text }];
  placesStage.run(doc);
  return doc.places;
}

describe('placesStage', () => {
  it('lists each canonical place once, at its first mention, with coordinates and rule', () => {
    const text =
      'He was sent from Lugansk to the front. Later, in Luhansk, he was held; Луганск is far from home.';
    const places = run(text);
    expect(places).toHaveLength(1);
    const [p] = places;
    expect(p).toMatchObject({
      mention: 'Lugansk',
      canonical: 'Luhansk',
      country: 'UA',
      rule: 'gazetteer.city',
    });
    expect(text.slice(p?.start, p?.end)).toBe('Lugansk');
    expect(typeof p?.lat).toBe('number');
    expect(typeof p?.lon).toBe('number');
  });

  it('works on Russian text', () => {
    const places = run(
      'Мать рассказала, что сына держат в подвале в Луганске, а часть стоит в Белгородской области.',
      'ru',
    );
    expect(places.map((p) => [p.canonical, p.country, p.rule])).toEqual([
      ['Luhansk', 'UA', 'gazetteer.city'],
      ['Belgorod Oblast', 'RU', 'gazetteer.region-suffix'],
    ]);
  });

  it('keeps region and city apart', () => {
    const places = run('Troops left Kherson for villages elsewhere in the Kherson region.');
    expect(places.map((p) => p.canonical)).toEqual(['Kherson', 'Kherson Oblast']);
  });
});
