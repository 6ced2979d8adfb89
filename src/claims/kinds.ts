/**
 * The kinds of claim, as plain data: the schema (./schema.ts) builds its enum
 * from this list, and the command line names them in its help without
 * loading the schemas.
 */
export const CLAIM_KINDS = ['figure', 'unit', 'place', 'person', 'organization', 'event'] as const;
