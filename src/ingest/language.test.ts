import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('detectLanguage', () => {
  it.each([
    'Soldiers filed reports to leave the unit.',
    'He is held in a basement in Bryanka.',
    'At least 120 soldiers refused.',
    'Thank you',
    'The mothers of mobilised men from Chita wrote an open letter to the governor asking for their sons to be rotated home after almost two years at the front.',
  ])('English: %s', (text) => {
    expect(detectLanguage(text)).toBe('en');
  });

  it.each([
    'Солдаты отказались воевать.',
    'В Брянке держат отказников в подвале.',
    'Военные части 12345 держат в подвале',
    'Срочно',
    'Жительница Улан-Удэ записала видеообращение к министру обороны: её сын подал рапорт об увольнении и пропал.',
  ])('Russian: %s', (text) => {
    expect(detectLanguage(text)).toBe('ru');
  });

  it.each([
    'Die Soldaten wollen nach Hause.',
    'Der Soldat hat einen Bericht eingereicht und wartet seit Wochen auf seine Entlassung aus der Armee, doch der Kommandeur hat ihm das Telefon abgenommen.',
    'Les soldats refusent de combattre.',
    'Żołnierze odmówili walki w Donbasie.',
    'Солдат із Києва повернувся додому.',
    'Мати шукає сина, який служив у Луганській області й зник після того, як відмовився йти в наступ. Вона звернулася до правозахисників і чекає відповіді вже третій тиждень.',
  ])('another language: %s', (text) => {
    expect(detectLanguage(text)).toBe('other');
  });

  it('goes by the words, not by links or addresses in them', () => {
    expect(
      detectLanguage('В Брянке держат отказников. https://t.me/some_channel/12 https://example.org/the-news'),
    ).toBe('ru');
    expect(detectLanguage('Read the full story: https://example.org/ru/новости/отказники')).toBe('en');
  });

  it('calls a text without letters other', () => {
    expect(detectLanguage('12345 — 678')).toBe('other');
    expect(detectLanguage('')).toBe('other');
  });

  it('follows the main script of a mixed text', () => {
    expect(
      detectLanguage('The unit, known in Russian as «войсковая часть 12345», was based near Kreminna.'),
    ).toBe('en');
    expect(detectLanguage('Военные из 137th Guards Airborne Regiment подали рапорты, пишет издание.')).toBe(
      'ru',
    );
  });
});
