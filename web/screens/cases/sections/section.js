/** A section of the case file: a heading, its records, and an "add" form folded away (none on a closed case). */
import { createContext, html, useContext } from '/vendor/htm-preact.js';

/** The state of the case on screen (triage, open, closed), for the add forms below it. */
export const CaseStateContext = createContext('open');

export function Section({ id, title, count, children }) {
  return html`<section class="case-section" id=${`sec-${id}`} aria-labelledby=${`sec-${id}-h`}>
    <h2 id=${`sec-${id}-h`}>${title}${count !== undefined ? html` <span class="count-pill">${count}</span>` : null}</h2>
    ${children}
  </section>`;
}

/**
 * A form behind a summary line: keyboard-usable without script (details/summary). A closed case
 * offers none: it is reopened first (the header says so), so nothing is added to it by mistake.
 */
export function AddForm({ id, label, open, children }) {
  if (useContext(CaseStateContext) === 'closed') return null;
  return html`<details class="add-form" id=${id} open=${open}>
    <summary>${label}</summary>
    ${children}
  </details>`;
}
