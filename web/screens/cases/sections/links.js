/**
 * Public reports that may concern the case (suggestions to accept, with the
 * status and date they stand for, or reject) and everything the knowledge
 * base holds about his person, unit, places and facilities.
 */
import { html, useState } from '/vendor/htm-preact.js';
import { api } from '../../../lib/api.js';
import { formatDate, formatNumber, t } from '../../../lib/i18n.js';
import { href } from '../../../lib/router.js';
import { ErrorBox, Loading, label, useApi } from '../../../lib/ui.js';
import { STATUSES } from '../common.js';
import { choices, Field, Submit, toBody, useForm } from '../form.js';
import { Reason } from './reason.js';
import { Section } from './section.js';

function SourceLink({ source }) {
  return html`<a href=${href('sources', source.id)}>${source.title ?? t('sources.untitled')}</a>${source.outlet ? html` <span class="meta">· ${source.outlet}</span>` : null}${source.published ? html` <span class="meta">· ${formatDate(source.published)}</span>` : null}`;
}

function Suggestion({ file, item, onDecided }) {
  const form = useForm(
    `suggestion-${item.id}`,
    { status: '', onDate: '', note: '' },
    (d) =>
      api(`/api/cases/${file.id}/suggestions/${item.id}`, {
        method: 'POST',
        body: { decision: 'accept', ...toBody(d) },
      }),
    { onDone: onDecided },
  );
  const reject = async () => {
    try {
      await api(`/api/cases/${file.id}/suggestions/${item.id}`, {
        method: 'POST',
        body: { decision: 'reject' },
      });
      await onDecided();
    } catch (e) {
      form.setError(e);
    }
  };
  return html`<li class="suggestion" data-suggestion=${item.id}>
    <p><${SourceLink} source=${item.source} /></p>
    <p class="meta">${t('links.score', { score: formatNumber(Math.round(item.score * 100)) })} · ${t('links.basis')}: ${item.basis.map((b) => label('basis', b)).join(', ')}</p>
    <${Reason} item=${item} />
    ${item.claims.length > 0 ? html`<ul class="snippets">${item.claims.slice(0, 4).map((c) => html`<li><span class=${`kind kind-${c.kind}`}>${label('kind', c.kind)}</span> <span class="context">${c.snippet}</span></li>`)}</ul>` : null}
    <form class="case-form decide" onSubmit=${form.submit} aria-label=${t('links.decide')}>
      <${Field} form=${form} name="status" label=${t('links.status')} options=${choices('caseStatus', STATUSES, t('links.statusFromReport'))} />
      <${Field} form=${form} name="onDate" label=${t('links.onDate')} hint=${`${t('links.onDateHint')} ${t('cases.dateHint')}`} autocomplete="off" />
      <${Field} form=${form} name="note" label=${t('status.note')} />
      <div class="actions">
        <${Submit} form=${form} label=${t('links.accept')} />
        <button type="button" class="secondary" onClick=${reject}>${t('links.reject')}</button>
      </div>
    </form>
  </li>`;
}

export function SuggestionsSection({ file, reload }) {
  const path = `/api/cases/${encodeURIComponent(file.id)}/suggestions`;
  const list = useApi(path);
  const [searched, setSearched] = useState(null);
  const decided = async () => {
    list.reload();
    reload();
  };
  const search = async () => {
    try {
      const r = await api(`/api/cases/${file.id}/match`, { method: 'POST' });
      setSearched({ ok: t('links.searched', { count: r.added }) });
      list.reload();
      reload();
    } catch (e) {
      setSearched({ error: e });
    }
  };
  const items = list.data?.items ?? [];
  return html`<${Section} id="suggestions" title=${t('links.title')} count=${items.length}>
    <p class="note">${t('links.explain')}</p>
    <div class="toolbar">
      <button type="button" class="secondary" id="match-again" onClick=${search}>${t('links.searchAgain')}</button>
      <span role="status">${searched?.ok ?? ''}</span>
    </div>
    <${ErrorBox} error=${searched?.error ?? list.error} />
    ${list.data ? (items.length === 0 ? html`<p class="empty">${t('links.none')}</p>` : html`<ul class="suggestions">${items.map((item) => html`<${Suggestion} key=${item.id} file=${file} item=${item} onDecided=${decided} />`)}</ul>`) : list.error ? null : html`<${Loading} />`}
  <//>`;
}

/** At most this many events per group: the list is a pointer to the reports, which the reader opens. */
const EVENTS_SHOWN = 5;
const QUOTE_CHARS = 180;

const shorten = (text) => (text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS).trimEnd()}…` : text);

function Group({ group }) {
  const events = group.events.items.slice(0, EVENTS_SHOWN);
  return html`<div class="related-group" data-basis=${group.basis}>
    <h3>${label('basis', group.basis)}: ${group.records.map((r, i) => html`${i > 0 ? ', ' : ''}<a href=${href('records', r.id)}>${r.name}</a>`)}</h3>
    <p class="meta">${t('links.relatedCounts', { sources: group.sources.total, claims: group.claims.total, events: group.events.total })}</p>
    ${
      events.length > 0
        ? html`<ul class="related-events">${events.map(
            (e) =>
              html`<li><span class="kind kind-event">${label('event', e.type)}</span> ${e.date ? formatDate(e.date) : ''}${e.place ? ` · ${e.place}` : ''} ${e.quote ? html`<q>${shorten(e.quote)}</q>` : null} <a href=${href('sources', e.sourceId, { claim: e.id })}>${t('links.inSource')}</a></li>`,
          )}</ul>`
        : null
    }
    <ul class="related-sources">${group.sources.items.map((s) => html`<li><${SourceLink} source=${s} /></li>`)}</ul>
  </div>`;
}

export function RelatedSection({ file }) {
  const related = useApi(`/api/cases/${encodeURIComponent(file.id)}/related`);
  const groups = (related.data?.groups ?? []).filter((g) => g.records.length > 0);
  return html`<${Section} id="related" title=${t('links.related')}>
    <${ErrorBox} error=${related.error} />
    ${related.data ? (groups.length === 0 ? html`<p class="empty">${t('links.noRelated')}</p>` : groups.map((g) => html`<${Group} group=${g} />`)) : related.error ? null : html`<${Loading} />`}
  <//>`;
}
