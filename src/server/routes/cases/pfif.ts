/**
 * PFIF 1.4 exchange (src/cases/pfif): GET exports person cases as a PFIF
 * document (the export right: personal data leaves the system; each case is
 * audited), POST imports one (a PFIF document as the body: its good records,
 * with the bad ones listed; audited with its counts). Errors name the record and field, never a value.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { CaseError } from '../../../cases/errors.ts';
import { exportPfif } from '../../../cases/pfif/export.ts';
import { importPfif } from '../../../cases/pfif/import.ts';
import { decodePfif } from '../../../cases/pfif/parse.ts';
import { CaseState } from '../../../cases/schema.ts';
import { problem, problemResponses } from '../../problem.ts';
import { actorOf } from '../../security/principal.ts';
import type { CaseRouteDeps } from './deps.ts';
import { caseProblem } from './problems.ts';

/** Largest PFIF document accepted, in bytes: the default upload limit (OBJECTOR_MAX_FILE_MB). */
export const PFIF_MAX_BYTES = 20 * 1024 * 1024;
const XML_TYPES = ['application/xml', 'text/xml'];
const tags = ['cases'];
const problems = problemResponses;

export const PfifImportReport = z
  .object({
    personsCreated: z.number().int(),
    personsUpdated: z.number().int(),
    personsUnchanged: z.number().int(),
    notesImported: z.number().int(),
    notesSkipped: z.number().int(),
    notesWithoutPerson: z.number().int(),
    personsExpired: z.number().int().openapi({ description: 'Expired records, taken without personal data' }),
    rejected: z
      .array(
        z.object({
          file: z.string(),
          record: z.string().openapi({ description: 'The record’s place in the document and its id' }),
          field: z.string().nullable(),
          reason: z.string(),
        }),
      )
      .openapi({ description: 'Records left out (the others were imported); never a value' }),
  })
  .openapi('PfifImportReport');

const exportRoute = createRoute({
  method: 'get',
  path: '/api/casework/pfif',
  tags,
  summary: 'Export person cases as PFIF 1.4 (audited per case)',
  request: {
    query: z.object({
      caseId: z.string().min(1).max(100).optional(),
      state: CaseState.optional(),
      domain: z
        .string()
        .min(1)
        .max(253)
        .optional()
        .openapi({ description: 'domain of record ids made here' }),
      sourceName: z
        .string()
        .min(1)
        .max(200)
        .optional()
        .openapi({ description: 'the exporting organisation' }),
    }),
  },
  responses: {
    200: { description: 'A PFIF 1.4 document', content: { 'application/xml': { schema: z.string() } } },
    ...problems([400, 404]),
  },
});

const importRoute = createRoute({
  method: 'post',
  path: '/api/casework/pfif',
  tags,
  summary:
    'Import a PFIF 1.4 document into case files (bad records are listed and left out; re-importing changes nothing)',
  request: {
    body: {
      required: true,
      content: { 'application/xml': { schema: z.string().openapi({ format: 'xml' }) } },
    },
  },
  responses: {
    200: { description: 'What was imported', content: { 'application/json': { schema: PfifImportReport } } },
    ...problems([400, 413, 415]),
  },
});

export function pfifRoutes(app: OpenAPIHono, deps: CaseRouteDeps): void {
  const { db, security } = deps;
  app.openapi(exportRoute, (c) =>
    answer(c, async () => {
      const q = c.req.valid('query');
      const result = await exportPfif(db, security, actorOf(c), {
        ...q,
        domain: q.domain ?? deps.pfifDomain,
      });
      return c.body(result.xml, 200, {
        'content-type': 'application/xml; charset=utf-8',
        'content-disposition': 'attachment; filename="objector-pfif.xml"',
        'cache-control': 'no-store',
      });
    }),
  );
  app.openapi(importRoute, (c) =>
    answer(c, async () => {
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!XML_TYPES.includes(type)) {
        return problem(
          c,
          415,
          'Unsupported media type',
          'send the PFIF document as application/xml',
        ) as never;
      }
      const declared = Number(c.req.header('content-length') ?? 0);
      if (declared > PFIF_MAX_BYTES) return tooLarge(c) as never;
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.byteLength > PFIF_MAX_BYTES) return tooLarge(c) as never;
      const source = 'the request body';
      const report = await importPfif(db, security, actorOf(c), decodePfif(bytes, source), {
        source,
        ownDomain: deps.pfifDomain,
      });
      return c.json(report, 200);
    }),
  );
}

function tooLarge(c: Context): Response {
  const mb = Math.round(PFIF_MAX_BYTES / 1048576);
  return problem(c, 413, 'Too large', `a PFIF document may be at most ${mb} MB`);
}

/** Runs a handler; a CaseError becomes its problem document (pfif_invalid and invalid_input: 400). */
async function answer<T extends Response>(c: Context, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CaseError) return caseProblem(c, error) as T;
    throw error;
  }
}
