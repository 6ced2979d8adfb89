/**
 * The kinds and review states of claim, as plain data, defined here once:
 * the schemas build their enums from these lists, the command line names
 * them in its help without loading the schemas, the store's check
 * constraint is made from CLAIM_STATES (migration 0043), and the web app
 * reads a generated copy (web/lib/claim-states.js, kept in step by a test).
 */
export const CLAIM_KINDS = ['figure', 'unit', 'place', 'person', 'organization', 'event'] as const;

/**
 * A claim's review state: suggested (by the machine, not yet decided),
 * accepted, edited (accepted with a correction), rejected, obsolete (the
 * extractor no longer makes it). Machine output is a suggestion until a
 * person decides.
 */
export const CLAIM_STATES = ['suggested', 'accepted', 'edited', 'rejected', 'obsolete'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

/** States whose claims no longer count or show as evidence. */
export const RETIRED_STATES: readonly ClaimState[] = ['rejected', 'obsolete'];

/** True for a claim that still counts: neither rejected nor obsolete. */
export function isLiveState(state: string): boolean {
  return !(RETIRED_STATES as readonly string[]).includes(state);
}
