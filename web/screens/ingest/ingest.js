/**
 * Ingest: upload files one by one, watch each one's progress, and read each
 * file's result or error; then follow the records being updated from the new
 * reports, which the server does after answering the uploads.
 */
import { html, useEffect, useRef, useState } from '/vendor/htm-preact.js';
import { api, upload } from '../../lib/api.js';
import { formatNumber, t } from '../../lib/i18n.js';

function outcome(report) {
  if (report.failed.length) return { error: report.failed.map((f) => f.error).join('; ') };
  if (report.added) return { ok: t('ingest.added') };
  if (report.nearDuplicates) return { ok: t('ingest.nearDuplicate') };
  return { ok: t('ingest.duplicate') };
}

function statusText(row) {
  if (row.error) return t('ingest.failed', { error: row.error });
  if (row.ok) return row.ok;
  if (row.progress === null) return t('ingest.waiting');
  if (row.progress < 1)
    return t('ingest.uploading', {
      percent: new Intl.NumberFormat(undefined, { style: 'percent' }).format(row.progress),
    });
  return t('ingest.processing');
}

/** How often the page asks how far the records are. */
const POLL_MS = 1000;

function deriveText(p) {
  if (p.error && p.pending > 0) return t('ingest.deriveFailed', { error: p.error });
  if (p.pending > 0)
    return t('ingest.deriving', { done: formatNumber(p.done), total: formatNumber(p.total) });
  return t('ingest.derived');
}

/** Polls GET /api/ingest/progress until nothing is pending (or a run failed), while the screen is shown. */
function useDeriveProgress() {
  const [progress, setProgress] = useState(null);
  const shown = useRef(true);
  useEffect(() => () => (shown.current = false), []);
  const follow = async () => {
    while (shown.current) {
      const p = await api('/api/ingest/progress').catch(() => null);
      if (!shown.current) return;
      if (p) setProgress(p);
      if (p && (p.pending === 0 || (p.error && !p.running))) return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };
  return [progress, follow];
}

export function Ingest() {
  const [files, setFiles] = useState([]);
  const [rows, setRows] = useState([]);
  const [totals, setTotals] = useState(null);
  // One document's details (a .txt or .md file carries none): sent with each file; the server ignores them for files holding several.
  const [details, setDetails] = useState({ outlet: '', published: '', url: '', author: '' });
  const [progress, followProgress] = useDeriveProgress();
  const start = async (e) => {
    e.preventDefault();
    const list = files.map((f) => ({ name: f.name, progress: null }));
    setRows(list);
    const sum = { added: 0, duplicates: 0, failed: 0 };
    for (const [i, file] of files.entries()) {
      const set = (patch) => {
        list[i] = { ...list[i], ...patch };
        setRows([...list]);
      };
      set({ progress: 0 });
      try {
        const report = await upload(file, (p) => set({ progress: p }), details);
        set({ progress: 1, ...outcome(report) });
        sum.added += report.added;
        sum.duplicates += report.duplicates + report.nearDuplicates;
        sum.failed += report.failed.length;
      } catch (error) {
        set({ progress: 1, error: error.detail || error.title });
        sum.failed += 1;
      }
    }
    setTotals(sum);
    if (sum.added > 0) await followProgress();
  };
  return html`<div>
    <h1>${t('ingest.title')}</h1>
    <form class="ingest" onSubmit=${start}>
      <label>${t('ingest.choose')}
        <input type="file" name="files" multiple accept=".txt,.md,.html,.htm,.json,.csv" onChange=${(e) => setFiles([...e.target.files])} />
      </label>
      <fieldset class="ingest-details">
        <legend>${t('sourceEdit.atIngest')}</legend>
        ${['outlet', 'published', 'url', 'author'].map(
          (f) => html`<label>${t(`sourceEdit.${f}`)}
            <input name=${f} value=${details[f]} onInput=${(e) => setDetails({ ...details, [f]: e.target.value })} /></label>`,
        )}
      </fieldset>
      <button type="submit" disabled=${files.length === 0}>${t('ingest.start')}</button>
    </form>
    ${
      rows.length
        ? html`<table class="list" id="ingest-results">
          <thead><tr><th scope="col">${t('ingest.file')}</th><th scope="col">${t('ingest.status')}</th></tr></thead>
          <tbody>${rows.map(
            (r) => html`<tr class=${r.error ? 'failed' : r.ok ? 'done' : ''}>
              <td>${r.name}</td>
              <td>${r.progress !== null && !r.ok && !r.error ? html`<progress max="1" value=${r.progress} aria-label=${r.name}></progress> ` : null}${statusText(r)}</td>
            </tr>`,
          )}</tbody>
        </table>`
        : null
    }
    ${totals ? html`<p role="status" id="ingest-summary">${t('ingest.summary', { added: formatNumber(totals.added), duplicates: formatNumber(totals.duplicates), failed: formatNumber(totals.failed) })}</p>` : null}
    ${progress ? html`<p role="status" id="ingest-derive">${deriveText(progress)}</p>` : null}
  </div>`;
}
