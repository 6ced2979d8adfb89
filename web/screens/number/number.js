/**
 * A published number's page (GET /api/public/numbers/{id}), for everyone:
 * what it counts, why it is what it is in plain words, and the facts it sums
 * with their sources (outlet, title, address, date, the sentence that tells
 * it; reprints shown as reprints). Text naming a private person never comes
 * from the server: the page says what was withheld.
 */
import { html } from '/vendor/htm-preact.js';
import { formatDate, formatMonth, formatNumber, t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { ErrorBox, Loading, label, useApi } from '../../lib/ui.js';

/** A dimension in words: all, not stated, or its name. */
function dim(kind, value, page) {
  if (value === '*') return t(`pub.all.${kind}`);
  if (value === null) return t(`pub.none.${kind}`);
  if (kind === 'unit') return page.units[value] ?? value;
  if (kind === 'place') return page.places[value]?.name ?? value;
  return formatMonth(value);
}

function Why({ why, value }) {
  const parts = why.parts.map(formatNumber);
  const lines = [
    why.rule === 'sum'
      ? t('pub.why.sum', { parts: parts.join(' + '), value: formatNumber(value) })
      : t('pub.why.largest', { value: formatNumber(value), considered: why.considered }),
  ];
  const left = why.considered - why.parts.length;
  if (left > 0) lines.push(t('pub.why.overlap', { n: left }));
  if (why.individualsInside) lines.push(t('pub.why.individuals'));
  lines.push(t('pub.why.lowerBound'));
  return html`<section id="number-why"><h2>${t('pub.why.title')}</h2>${lines.map((l) => html`<p>${l}</p>`)}</section>`;
}

function Source({ s }) {
  const title = s.title ?? (s.withheld.includes('title') ? t('pub.withheld') : t('sources.untitled'));
  return html`<li class="source" data-source=${s.id}>
    <div>
      ${s.url ? html`<a href=${s.url} rel="noopener noreferrer nofollow" target="_blank">${title}</a>` : html`<span>${title}</span>`}
      ${s.outlet ? html` — <span class="outlet">${s.outlet}</span>` : null}
      ${s.published ? html` — <time datetime=${s.published}>${formatDate(s.published)}</time>` : null}
      ${s.reprintOf ? html` <span class="reprint">${t('pub.reprint')}</span>` : null}
    </div>
    ${s.quote ? html`<blockquote>${s.quote}</blockquote>` : null}
    ${s.withheld.length > 0 ? html`<p class="note">${t('pub.withheldNote', { fields: s.withheld.map((f) => t(`pub.field.${f}`)).join(', ') })}</p>` : null}
  </li>`;
}

function Fact({ f, page }) {
  const told = f.told
    ? t('pub.fact.told', {
        qualifier: label('claim.qualifier', f.told.qualifier),
        value: formatNumber(f.told.value),
      })
    : t('pub.fact.individuals', { n: formatNumber(f.value), named: f.named });
  const where = [
    f.unit ? (page.units[f.unit] ?? f.unit) : null,
    f.place ? (page.places[f.place]?.name ?? f.place) : null,
    f.month ? formatMonth(f.month) : null,
  ].filter(Boolean);
  return html`<li class="fact">
    <p><strong>${formatNumber(f.value)}</strong> — ${told}${where.length ? ` (${where.join(', ')})` : ''}</p>
    <p class="note">${t(`pub.evidence.${f.evidence}`, { n: f.independentSources })}${
      f.reviewed ? '' : ` ${t('pub.unreviewedTitle')}`
    }${f.notes.map((n) => ` ${t(`pub.factNote.${n}`)}`).join('')}</p>
    <ul class="sources">${f.sources.map((s) => html`<${Source} s=${s} />`)}</ul>
  </li>`;
}

export function NumberPage({ id }) {
  const { data: page, error } = useApi(id ? `/api/public/numbers/${encodeURIComponent(id)}` : null);
  if (error) return html`<${ErrorBox} error=${error} />`;
  if (!page) return html`<${Loading} />`;
  const n = page.number;
  return html`<article class="number-page">
    <p><a href=${href('dashboard')}>${t('pub.back')}</a></p>
    <h1>${label('event', n.type)}: ${t('pub.atLeastValue', { value: formatNumber(n.value) })}</h1>
    <dl class="dims">
      <dt>${t('pub.unit')}</dt><dd>${dim('unit', n.unit, page)}</dd>
      <dt>${t('dashboard.place')}</dt><dd>${dim('place', n.place, page)}</dd>
      <dt>${t('pub.month')}</dt><dd>${dim('month', n.month, page)}</dd>
    </dl>
    ${n.reviewed ? null : html`<p class="note warning">${t('pub.unreviewedNumber')}</p>`}
    <${Why} why=${page.why} value=${n.value} />
    <section id="number-facts">
      <h2>${t('pub.facts', { n: page.facts.length })}</h2>
      <ol>${page.facts.map((f) => html`<${Fact} f=${f} page=${page} />`)}</ol>
    </section>
  </article>`;
}
