/**
 * The case file as the API and the web app show it: the core file
 * (repository.ts) with the parts other modules keep: appeals with their
 * deadline state, challenge questions (never answers) and the documents
 * attached (names and types, never their content). Read in one
 * audited view: the parts add no audit entries of their own.
 */
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Security } from '../security/services.ts';
import type { DB } from '../store/db-types.ts';
import { listAppeals } from './appeals/repository.ts';
import { Appeal } from './appeals/schema.ts';
import { listChallenges } from './challenges/challenges.ts';
import { Challenge } from './challenges/schema.ts';
import { listDocuments } from './documents/repository.ts';
import { CaseDocument } from './documents/schema.ts';
import { readCase } from './repository.ts';
import { CaseFile } from './schema.ts';

export const CaseFileView = CaseFile.extend({
  appeals: z.array(Appeal),
  challenges: z.array(Challenge),
  documents: z.array(CaseDocument),
}).openapi('CaseFileView');
export type CaseFileView = z.infer<typeof CaseFileView>;

/** The whole case for one reader; the view is audited once (readCase). */
export async function caseFileOf(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  id: string,
): Promise<CaseFileView> {
  const file = await readCase(db, security, actor, id);
  const [appeals, challenges, documents] = await Promise.all([
    listAppeals(db, security, id),
    listChallenges(db, security, id),
    listDocuments(db, security, id),
  ]);
  return { ...file, appeals, challenges, documents };
}
