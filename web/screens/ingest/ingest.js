/** Ingest: upload files one by one, watch each one's progress, and read each file's result or error. */
import { html, useState } from '/vendor/htm-preact.js';
import { upload } from '../../lib/api.js';
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

export function Ingest() {
  const [files, setFiles] = useState([]);
  const [rows, setRows] = useState([]);
  const [totals, setTotals] = useState(null);
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
        const report = await upload(file, (p) => set({ progress: p }));
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
  };
  return html`<div>
    <h1>${t('ingest.title')}</h1>
    <form class="ingest" onSubmit=${start}>
      <label>${t('ingest.choose')}
        <input type="file" name="files" multiple accept=".txt,.md,.html,.htm,.json,.csv" onChange=${(e) => setFiles([...e.target.files])} />
      </label>
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
  </div>`;
}
