/**
 * Splits a text into segments at every claim boundary, so overlapping claims
 * (a place inside an event's sentence) both show. Each segment knows the
 * claims covering it; a click picks the narrowest one. Offsets are UTF-16
 * code units, as JavaScript strings count them and as claims store them.
 */
export function segments(text, claims) {
  const cuts = new Set([0, text.length]);
  for (const c of claims) {
    if (c.start >= 0 && c.end <= text.length && c.start < c.end) {
      cuts.add(c.start);
      cuts.add(c.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = claims
      .filter((c) => c.start <= start && c.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    out.push({ start, end, text: text.slice(start, end), covering });
  }
  return out;
}
