/**
 * A record's timeline as data: live links (not rejected, not obsolete), each
 * dated by its event's own full date or else its source's publication date,
 * oldest first; links with neither are kept apart. Pure, so it is tested in
 * Node (test/web/record-timeline.test.ts).
 */
import { isLiveState } from '../../lib/claim-states.js';

/** When a link happened: the event's own date (with a year), else the source's publication date, else null. */
export function whenOf(link) {
  const d = link.value?.date;
  if (typeof d === 'string' && /^\d{4}/.test(d)) return d;
  return link.source?.published ?? null;
}

/** The dated links in time order and the undated ones in their given order. */
export function splitTimeline(links) {
  const live = links.filter((l) => isLiveState(l.state)).map((l) => ({ ...l, when: whenOf(l) }));
  return {
    dated: live.filter((l) => l.when).sort((a, b) => a.when.localeCompare(b.when)),
    undated: live.filter((l) => !l.when),
  };
}
