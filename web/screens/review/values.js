/**
 * Claim values in words: the allowed values of each closed field (mirrored
 * from src/claims/schema.ts; values.test.ts fails when the two part), and a
 * plain-language line for a claim ("at least 12 refusing to fight") instead
 * of its field names and codes. Pure: the caller passes the translator, so
 * this file loads in Node for its test as well as in the page.
 */

/** Closed fields and their values, as the claim schema allows them. */
export const CHOICES = {
  qualifier: ['exact', 'at_least', 'more_than', 'about', 'at_most'],
  counts: [
    'refusing',
    'deserted',
    'detained',
    'returned',
    'prosecuted',
    'missing',
    'killed',
    'surrendered',
    'recruited',
    'assisted',
    'strength',
    'other',
  ],
  type: [
    'refusal',
    'desertion',
    'detention',
    'coercion',
    'prosecution',
    'disappearance',
    'release',
    'forced_recruitment',
    'surrender',
    'death',
    'self_harm',
    'impersonation',
    'assistance',
  ],
  role: ['soldier', 'relative', 'commander', 'official', 'activist', 'journalist', 'lawyer', 'other'],
};
/** The organisation kind shares its field name ("kind") with nothing else in a claim value. */
export const ORGANIZATION_KINDS = ['media', 'ngo', 'state', 'armed_group', 'other'];

/** The allowed values of field `field` of a claim of `claimKind`, or null for a free field. */
export function choicesFor(claimKind, field) {
  if (claimKind === 'organization' && field === 'kind') return ORGANIZATION_KINDS;
  if (field === 'qualifier' || field === 'counts') return claimKind === 'figure' ? CHOICES[field] : null;
  if (field === 'type') return claimKind === 'event' ? CHOICES.type : null;
  if (field === 'role') return claimKind === 'person' ? CHOICES.role : null;
  return null;
}

/** The message-catalogue group of a closed field's values (see claim.* and event.*, figure.* keys). */
export function valueGroup(claimKind, field) {
  if (claimKind === 'organization' && field === 'kind') return 'claim.orgKind';
  return { qualifier: 'claim.qualifier', counts: 'figure', type: 'event', role: 'claim.role' }[field] ?? null;
}

/** One field's value in words: `label(group, value)` for closed fields, the value itself otherwise. */
export function fieldText(claimKind, field, value, label) {
  if (value === null || value === undefined || value === '') return '—';
  const group = valueGroup(claimKind, field);
  if (group) return label(group, String(value));
  if (typeof value === 'boolean') return label('claim.bool', String(value));
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * A claim in one line of plain words, e.g. "at least 12 refusing to fight"
 * or "refusal · 2024-04-03 · Belgorod · 12 people". `label(group, value)`
 * translates a code; `t(key, vars)` a message.
 */
export function describeClaim(kind, v, { label, t }) {
  const parts = (...xs) => xs.filter((x) => x !== null && x !== undefined && x !== '').join(' · ');
  if (kind === 'figure') {
    const q = v.qualifier && v.qualifier !== 'exact' ? `${label('claim.qualifier', v.qualifier)} ` : '';
    return `${q}${v.value}${v.percent ? '%' : ''} ${label('figure', v.counts)}`;
  }
  if (kind === 'event')
    return parts(
      label('event', v.type),
      v.date,
      v.place,
      v.count === null || v.count === undefined ? null : t('claim.people', { count: v.count }),
    );
  if (kind === 'person') return parts(v.mention, v.role ? label('claim.role', v.role) : null);
  if (kind === 'organization')
    return parts(v.canonical ?? v.mention, v.kind ? label('claim.orgKind', v.kind) : null);
  if (kind === 'place') return parts(v.canonical ?? v.mention);
  return parts(v.mention ?? v.canonical ?? v.key);
}

/** The fields of a new claim of `kind` marked on `words`, each at a starting value the person then sets. */
export function newClaimValue(kind, words) {
  switch (kind) {
    case 'figure':
      return { value: null, qualifier: 'exact', counts: 'refusing', percent: false };
    case 'event':
      return { type: 'refusal', date: null, place: null, count: null };
    case 'person':
      return { mention: words, role: 'soldier' };
    case 'unit':
      return { mention: words, key: '' };
    case 'place':
      return { mention: words, canonical: words, country: null };
    default:
      return { mention: words, canonical: words, kind: 'ngo' };
  }
}
