import { describe, expect, it } from 'vitest';
import { stripBodyControls, stripMetadataControls } from './controls.ts';

const ESC = '\u001b';
const BEL = '\u0007';

describe('stripBodyControls', () => {
  it('removes whole escape sequences: clipboard writes, window titles, hidden text', () => {
    const text = `Before.${ESC}]52;c;cm0gLXJmIH4=${BEL} After${ESC}]0;fake title${ESC}\\ and ${ESC}[8msecret${ESC}[0m end.`;
    expect(stripBodyControls(text)).toBe('Before. After and secret end.');
  });

  it('removes C1 controls (8-bit CSI and OSC) and other C0 controls, keeping lines and tabs', () => {
    const text = `One\u009b31m red\u009d2;title\u009c line.\n\tIndented\u0000 line\u0008 here.`;
    expect(stripBodyControls(text)).toBe('One red line.\n\tIndented line here.');
  });

  it('turns carriage returns and form feeds into line breaks', () => {
    expect(stripBodyControls('a\r\nb\rc\fd')).toBe('a\nb\nc\nd');
  });

  it('leaves ordinary text, Cyrillic included, as it is', () => {
    const text = 'Рядовой Пётр Выдуманов — «отказник».\n\nA second paragraph.';
    expect(stripBodyControls(text)).toBe(text);
  });
});

describe('stripMetadataControls', () => {
  it('makes one clean line of a value with escape sequences and line breaks', () => {
    expect(stripMetadataControls(`The${ESC}]2;owned${BEL} Daily\nGazette\t`)).toBe('The Daily Gazette');
  });

  it('is null for null and for a value of nothing but controls', () => {
    expect(stripMetadataControls(null)).toBeNull();
    expect(stripMetadataControls(`${ESC}[2J${BEL}`)).toBeNull();
  });
});
