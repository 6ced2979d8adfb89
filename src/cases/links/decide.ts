/**
 * A caseworker's side of the suggestions: reading the pending ones with their
 * report and the passages that made them, and accepting or rejecting one.
 * Accepting enters the status history with the report as evidence, in the
 * same transaction as the decision and their audit entries.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { CaseError } from '../errors.ts';
import { addStatus, auditCase, requireCase } from '../repository.ts';
import type { CaseStatus } from '../schema.ts';
import { rowSeal } from '../sealed.ts';
import { isoTime, today } from '../time.ts';
import type { Basis } from './match.ts';
import type { ClaimSnippet, Decision, DecisionResult, Suggestion } from './schema.ts';
import { statusFromReport } from './status.ts';
import { decodeReason } from './reason.ts';

const LIVE = ['suggested', 'accepted', 'edited'];
/** Characters of the report shown on each side of a claim. */
const SNIPPET_CONTEXT = 120;

/** The case's pending suggestions, best first, each with its report and passages; the view is audited. */
export async function listSuggestions(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  caseId: string,
): Promise<Suggestion[]> {
  return db.transaction().execute(async (trx) => {
    await requireCase(trx, caseId);
    const links = await trx
      .selectFrom('case_links as l')
      .innerJoin('sources as s', 's.id', 'l.source_id')
      .select(['l.id', 'l.source_id', 'l.claim_ids', 'l.basis', 'l.score', 'l.reason', 'l.created_at'])
      .select(['s.title', 's.outlet', 's.url', 's.published', 's.body'])
      .where('l.case_id', '=', caseId)
      .where('l.state', '=', 'suggested')
      .orderBy('l.score', 'desc')
      .orderBy('l.created_at')
      .orderBy('l.id')
      .execute();
    const claimIds = [...new Set(links.flatMap((l) => l.claim_ids as unknown as string[]))];
    const claims = claimIds.length
      ? await trx
          .selectFrom('claims')
          .select(['id', 'kind', 'value', 'start_offset', 'end_offset'])
          .where('id', 'in', claimIds)
          .execute()
      : [];
    const byId = new Map(claims.map((c) => [c.id, c]));
    await auditCase(trx, security, actor, 'view', caseId, { part: 'suggestions', count: links.length });
    return links.map((l) => {
      const why = decodeReason(rowSeal(security, 'case_links', l.id).open('reason', l.reason));
      return {
        id: l.id,
        score: Math.round(l.score * 1000) / 1000,
        basis: l.basis as unknown as Basis[],
        reason: why.text,
        reasons: why.parts,
        createdAt: isoTime(l.created_at),
        source: { id: l.source_id, title: l.title, outlet: l.outlet, url: l.url, published: l.published },
        claims: (l.claim_ids as unknown as string[]).flatMap((id) => {
          const c = byId.get(id);
          return c ? [claimSnippet(l.body, c)] : [];
        }),
      };
    });
  });
}

/**
 * Accepts or rejects one suggestion. Accepting adds a status history entry
 * with the report as evidence: the status of its gravest event about him
 * (else of any event in it, else the case's current status), dated by the
 * event or the report, unless the caseworker says otherwise.
 */
export async function decideSuggestion(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  caseId: string,
  linkId: string,
  decision: Decision,
): Promise<DecisionResult> {
  return db.transaction().execute(async (trx) => {
    const row = await requireCase(trx, caseId);
    const link = await trx
      .selectFrom('case_links')
      .select(['id', 'source_id', 'claim_ids', 'state'])
      .where('id', '=', linkId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!link) throw new CaseError('item_not_found', 'no suggestion with this id on this case');
    const state = decision.decision === 'accept' ? 'accepted' : 'rejected';
    const now = security.now();
    const done = await trx
      .updateTable('case_links')
      .set({ state, decided_by: actor, decided_at: now })
      .where('id', '=', linkId)
      .where('state', '=', 'suggested')
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n)
      throw new CaseError('invalid_transition', `this suggestion was already ${link.state}`);
    await auditCase(trx, security, actor, 'update', caseId, { part: 'link', decision: state, link: linkId });
    const status =
      decision.decision === 'accept'
        ? await addStatus(trx, security, actor, caseId, {
            ...(await defaultStatus(trx, link, row.status as CaseStatus, today(now))),
            ...(decision.status ? { status: decision.status } : {}),
            ...(decision.onDate ? { onDate: decision.onDate } : {}),
            evidenceKind: 'source',
            evidenceRef: link.source_id,
            note: decision.note,
          })
        : null;
    return {
      id: link.id,
      sourceId: link.source_id,
      state,
      decidedBy: actor,
      decidedAt: isoTime(now),
      status,
    };
  });
}

async function defaultStatus(
  trx: Transaction<DB>,
  link: { source_id: string; claim_ids: unknown },
  current: CaseStatus,
  todayIs: string,
): Promise<{ status: CaseStatus; onDate: string }> {
  const [events, source] = await Promise.all([
    trx
      .selectFrom('claims')
      .select(['id', 'value'])
      .where('source_id', '=', link.source_id)
      .where('kind', '=', 'event')
      .where('state', 'in', LIVE)
      .execute(),
    trx.selectFrom('sources').select('published').where('id', '=', link.source_id).executeTakeFirst(),
  ]);
  const own = new Set(link.claim_ids as unknown as string[]);
  const fact = (e: { value: unknown }) => {
    const v = e.value as { type?: unknown; date?: unknown };
    return { type: String(v.type), date: typeof v.date === 'string' ? v.date : null };
  };
  const { status, onDate } = statusFromReport({
    own: events.filter((e) => own.has(e.id)).map(fact),
    all: events.map(fact),
    current,
    published: source?.published ?? null,
    today: todayIs,
  });
  return { status, onDate };
}

/** What a claim says, and the passage of the report around it (cut at word boundaries). */
export function claimSnippet(
  body: string,
  c: { id: string; kind: string; value: unknown; start_offset: number; end_offset: number },
): ClaimSnippet {
  const v = c.value as { mention?: unknown; quote?: unknown; canonical?: unknown };
  const text = [v.mention, v.quote, v.canonical].find((x): x is string => typeof x === 'string') ?? null;
  let from = Math.max(0, c.start_offset - SNIPPET_CONTEXT);
  let to = Math.min(body.length, c.end_offset + SNIPPET_CONTEXT);
  const space = body.indexOf(' ', from);
  if (from > 0 && space >= 0 && space < c.start_offset) from = space + 1;
  const end = body.lastIndexOf(' ', to);
  if (to < body.length && end > c.end_offset) to = end;
  const passage = body.slice(from, to).replace(/\s+/g, ' ').trim();
  return {
    id: c.id,
    kind: c.kind,
    text,
    snippet: `${from > 0 ? '…' : ''}${passage}${to < body.length ? '…' : ''}`,
  };
}
