/** Small shared pieces: loading data, showing problems, highlighted text. */
import { html, useCallback, useEffect, useState } from '/vendor/htm-preact.js';
import { api } from './api.js';
import { t } from './i18n.js';

/** Loads `path` (skipped while null); reloads when it changes or on reload(). */
export function useApi(path) {
  const [state, setState] = useState({ data: null, error: null, loading: path !== null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    api(path).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error) => live && setState({ data: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [path, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}

export function Loading() {
  return html`<p class="loading" role="status">${t('common.loading')}</p>`;
}

export function ErrorBox({ error }) {
  if (!error) return null;
  return html`<p class="error" role="alert">${error.title ?? t('common.error')}${error.detail ? ` — ${error.detail}` : ''}</p>`;
}

/** Text parts from the API ({ text, mark }) with matches in <mark>. */
export function Marked({ parts }) {
  return parts.map((p) => (p.mark ? html`<mark>${p.text}</mark>` : p.text));
}

/** A translated label for an API value (event type, claim kind, state), or the value itself. */
export function label(group, value) {
  const key = `${group}.${value}`;
  const text = t(key);
  return text === key ? value : text;
}
