/** A section of the case file: a heading the page's contents link to, its records, and an "add" form folded away. */
import { html } from '/vendor/htm-preact.js';

export function Section({ id, title, count, children }) {
  return html`<section class="case-section" id=${`sec-${id}`} aria-labelledby=${`sec-${id}-h`}>
    <h2 id=${`sec-${id}-h`}>${title}${count !== undefined ? html` <span class="count-pill">${count}</span>` : null}</h2>
    ${children}
  </section>`;
}

/** A form behind a summary line: keyboard-usable without script (details/summary). */
export function AddForm({ id, label, open, children }) {
  return html`<details class="add-form" id=${id} open=${open}>
    <summary>${label}</summary>
    ${children}
  </details>`;
}
