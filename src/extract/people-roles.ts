/**
 * What the people stages of every language share: a weighted vote for a
 * person's role, the organisation spans they read affiliations from, and the
 * role an affiliation with each kind of organisation suggests.
 */
import type { OrganizationKind, PersonRole } from '../claims/schema.ts';

/** A weighted vote for a role. */
export interface RoleVote {
  role: PersonRole;
  weight: number;
  cue: string;
}

/** An organisation the organisations stage already found, by document offsets. */
export interface OrgSpan {
  start: number;
  end: number;
  kind: OrganizationKind;
}

/** The role of someone "of" or "with" an organisation of each kind (none for `other`). */
export const ORG_ROLE: Readonly<Record<OrganizationKind, PersonRole | null>> = {
  ngo: 'activist',
  media: 'journalist',
  state: 'official',
  armed_group: 'soldier',
  other: null,
};
