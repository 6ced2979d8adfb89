/**
 * "Why?": the rule and extractor version that made a claim, folded away by
 * default. Reviewers sometimes need them to judge a suggestion; most readers
 * never do, so they stay out of the main view.
 */
import { html } from '/vendor/htm-preact.js';
import { t } from '../../lib/i18n.js';

export function Why({ rule, extractor }) {
  return html`<details class="why">
    <summary>${t('claim.why')}</summary>
    <dl>
      <dt>${t('reader.rule')}</dt><dd><code>${rule}</code></dd>
      ${extractor ? html`<dt>${t('reader.extractor')}</dt><dd><code>${extractor}</code></dd>` : null}
    </dl>
  </details>`;
}
