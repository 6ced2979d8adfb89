/**
 * Languages: message catalogues are data (web/i18n/*.json); the language
 * comes from ?lang=, then the reader's last choice, then the browser.
 * Dates and numbers are formatted for the language with Intl.
 */

export const LANGUAGES = ['en', 'ru'];
const STORE_KEY = 'objector.lang';

let lang = 'en';
let messages = {};
let fallback = {};

/** The language to start with. */
export function initialLanguage() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(fromUrl)) return fromUrl;
  const saved = localStorage.getItem(STORE_KEY);
  if (LANGUAGES.includes(saved)) return saved;
  const browser = (navigator.languages ?? [navigator.language]).map((l) => l.slice(0, 2));
  return browser.find((l) => LANGUAGES.includes(l)) ?? 'en';
}

async function catalogue(code) {
  const res = await fetch(`/web/i18n/${code}.json`);
  return res.json();
}

/** Loads a language's catalogue and makes it current. */
export async function useLanguage(code, remember = false) {
  const [m, f] = await Promise.all([catalogue(code), code === 'en' ? null : catalogue('en')]);
  messages = m;
  fallback = f ?? m;
  lang = code;
  document.documentElement.lang = code;
  if (remember) localStorage.setItem(STORE_KEY, code);
}

export const currentLanguage = () => lang;

/** The message for `key`, with {name} placeholders filled in. Missing keys show the English text, then the key. */
export function t(key, vars = {}) {
  const text = messages[key] ?? fallback[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

const locale = () => (lang === 'ru' ? 'ru-RU' : 'en-GB');

export const formatNumber = (n) => new Intl.NumberFormat(locale()).format(n);

/** Formats an ISO date, full or partial (YYYY-MM, YYYY), at the precision it has. */
export function formatDate(iso) {
  if (!iso) return '—';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1)));
  const options = d
    ? { year: 'numeric', month: 'long', day: 'numeric' }
    : mo
      ? { year: 'numeric', month: 'long' }
      : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale(), { ...options, timeZone: 'UTC' }).format(date);
}

/** A short month label for charts ("Mar 2024", "март 2024 г."). */
export function formatMonth(yyyyMm) {
  const [y, mo] = yyyyMm.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, mo - 1, 1)),
  );
}
