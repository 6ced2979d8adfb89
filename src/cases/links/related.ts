/**
 * A case's related material: every claim, event and source about his person
 * (the reports a caseworker accepted, and the person records his name
 * clearly matches), his unit, and the places and detention sites where he
 * was, grouped by basis. Lists are bounded (newest reports first) and carry
 * their totals. The case's own data is not in the answer, only public claims.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { CaseError } from '../errors.ts';
import { auditCase, requireCase } from '../repository.ts';
import { matchCases } from './analyse.ts';
import { loadMatchDeps } from './deps.ts';
import type { KbIndex, KbRecord } from './knowledge.ts';
import { loadProfiles } from './load.ts';
import type { Basis } from './match.ts';
import type { Related, RelatedClaim, RelatedEvent, RelatedGroup, SourceRef } from './schema.ts';

/** Items per list of a group: enough to read, bounded however much a unit is in the news. */
export const RELATED_LIMIT = 50;
const LIVE = ['suggested', 'accepted', 'edited'];

interface GroupSpec {
  basis: Basis;
  records: KbRecord[];
  extraSources: string[];
  extraClaims: string[];
}

/** The related material of one case; the view is audited. */
export async function relatedForCase(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  caseId: string,
): Promise<Related> {
  await requireCase(db, caseId);
  const deps = loadMatchDeps();
  const cases = await loadProfiles(db, security, deps, { ids: [caseId] });
  if (cases.length === 0) throw new CaseError('case_not_found', 'no case with this id');
  const { index, matches } = await matchCases(db, deps, cases);
  const r = matches[0]!.records;
  const accepted = await db
    .selectFrom('case_links')
    .select(['source_id', 'claim_ids'])
    .where('case_id', '=', caseId)
    .where('state', '=', 'accepted')
    .execute();
  const specs: GroupSpec[] = [
    {
      basis: 'person',
      records: r.persons.filter((p) => p.strong).flatMap((p) => recordOf(index, p.entityId)),
      extraSources: accepted.map((a) => a.source_id),
      extraClaims: accepted.flatMap((a) => a.claim_ids as unknown as string[]),
    },
    { basis: 'unit', records: r.unit ? [r.unit] : [], extraSources: [], extraClaims: [] },
    { basis: 'place', records: r.places, extraSources: [], extraClaims: [] },
    { basis: 'facility', records: r.facilities, extraSources: [], extraClaims: [] },
  ];
  return db.transaction().execute(async (trx) => {
    const groups: RelatedGroup[] = [];
    for (const spec of specs) {
      if (spec.records.length === 0 && spec.extraSources.length === 0) continue;
      groups.push(await groupOf(trx, spec));
    }
    await auditCase(trx, security, actor, 'view', caseId, { part: 'related', groups: groups.length });
    return { caseId, groups };
  });
}

const recordOf = (index: KbIndex, id: string) => index.byId.get(id) ?? [];

async function groupOf(trx: Transaction<DB>, spec: GroupSpec): Promise<RelatedGroup> {
  const ids = spec.records.map((x) => x.id);
  const linkedSources = trx.selectFrom('kb_links').select('source_id').where('entity_id', 'in', ids);
  const linkedClaims = trx.selectFrom('kb_links').select('claim_id').where('entity_id', 'in', ids);
  const total = sql<string>`count(*) over ()`.as('total');
  const newest = sql`s.published desc nulls last`;
  const sources = await trx
    .selectFrom('sources as s')
    .select(['s.id', 's.title', 's.outlet', 's.url', 's.published', total])
    .where((eb) =>
      eb.or([
        ...(ids.length ? [eb('s.id', 'in', linkedSources)] : []),
        ...(spec.extraSources.length ? [eb('s.id', 'in', spec.extraSources)] : []),
      ]),
    )
    .orderBy(newest)
    .orderBy('s.id')
    .limit(RELATED_LIMIT)
    .execute();
  const claims = await trx
    .selectFrom('claims as c')
    .innerJoin('sources as s', 's.id', 'c.source_id')
    .select(['c.id', 'c.source_id', 'c.kind', 'c.state', 'c.value', total])
    .where('c.state', 'in', LIVE)
    .where((eb) =>
      eb.or([
        ...(ids.length ? [eb('c.id', 'in', linkedClaims)] : []),
        ...(spec.extraClaims.length ? [eb('c.id', 'in', spec.extraClaims)] : []),
      ]),
    )
    .orderBy(newest)
    .orderBy('c.id')
    .limit(RELATED_LIMIT)
    .execute();
  const events = await trx
    .selectFrom('claims as c')
    .innerJoin('sources as s', 's.id', 'c.source_id')
    .select(['c.id', 'c.source_id', 'c.state', 'c.value', total])
    .where('c.kind', '=', 'event')
    .where('c.state', 'in', LIVE)
    .where((eb) =>
      eb.or([
        ...(ids.length ? [eb('c.source_id', 'in', linkedSources)] : []),
        ...(spec.extraSources.length ? [eb('c.source_id', 'in', spec.extraSources)] : []),
      ]),
    )
    .orderBy(newest)
    .orderBy('c.id')
    .limit(RELATED_LIMIT)
    .execute();
  const relations = await relationsOf(
    trx,
    ids,
    claims.map((c) => c.id),
  );
  const accepted = new Set(spec.extraClaims);
  return {
    basis: spec.basis,
    records: spec.records.map((x) => ({ id: x.id, kind: x.kind, name: x.name })),
    sources: page(
      sources,
      (s): SourceRef => ({
        id: s.id,
        title: s.title,
        outlet: s.outlet,
        url: s.url,
        published: s.published,
      }),
    ),
    claims: page(
      claims,
      (c): RelatedClaim => ({
        id: c.id,
        sourceId: c.source_id,
        kind: c.kind,
        state: c.state,
        relation: relations.get(c.id) ?? (accepted.has(c.id) ? 'accepted' : 'context'),
        text: textOf(c.value),
      }),
    ),
    events: page(events, (e): RelatedEvent => {
      const v = e.value as { type?: unknown; date?: unknown; place?: unknown; quote?: unknown };
      return {
        id: e.id,
        sourceId: e.source_id,
        type: String(v.type),
        state: e.state,
        date: typeof v.date === 'string' ? v.date : null,
        place: typeof v.place === 'string' ? v.place : null,
        quote: typeof v.quote === 'string' ? v.quote : null,
      };
    }),
  };
}

/** How each listed claim is linked to the group's records: 'mention' wins over 'context'. */
async function relationsOf(trx: Transaction<DB>, ids: string[], claimIds: string[]) {
  const out = new Map<string, 'mention' | 'context'>();
  if (ids.length === 0 || claimIds.length === 0) return out;
  const rows = await trx
    .selectFrom('kb_links')
    .select(['claim_id', 'relation'])
    .where('entity_id', 'in', ids)
    .where('claim_id', 'in', claimIds)
    .execute();
  for (const r of rows) if (out.get(r.claim_id) !== 'mention') out.set(r.claim_id, r.relation as 'mention');
  return out;
}

function page<R extends { total: string | number }, T>(rows: R[], map: (r: R) => T) {
  return { total: rows.length > 0 ? Number(rows[0]!.total) : 0, items: rows.map(map) };
}

function textOf(value: unknown): string | null {
  const v = value as { mention?: unknown; quote?: unknown; canonical?: unknown };
  return [v.mention, v.quote, v.canonical].find((x): x is string => typeof x === 'string') ?? null;
}
