/**
 * Upload API: files in, sources out, the same use case as `objector ingest`.
 * Used by the web application's ingest screen, and by the CLI while `serve`
 * holds the embedded database. The answer comes once the sources are stored;
 * records and case suggestions are derived after it by the runner
 * (src/derive), whose progress GET /api/ingest/progress gives.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { kindFromPath } from '../../ingest/extensions.ts';
import { safeFileName } from '../../ingest/file-name.ts';
import { IngestError } from '../../ingest/index.ts';
import type { DeriveRunner } from '../../derive/runner.ts';
import type { Security } from '../../security/services.ts';
import { emptyReport, ingestBytes } from '../../sources/ingest-sources.ts';
import {
  checkMetadata,
  METADATA_FIELDS,
  type MetadataChanges,
  MetadataError,
} from '../../sources/metadata.ts';
import { IngestReport } from '../../sources/schema.ts';
import type { DB } from '../../store/db-types.ts';
import { Problem, problem } from '../problem.ts';
import { actorOf } from '../security/principal.ts';

const DeriveProgress = z
  .object({
    pending: z.number().int().describe('sources whose records, counts and suggestions are not yet updated'),
    running: z.boolean(),
    done: z.number().int().describe('sources derived in the current (or last) run'),
    total: z.number().int().describe('done plus pending'),
    error: z.string().nullable().describe("code of the last run's failure; the next start retries"),
  })
  .openapi('DeriveProgress');

const UploadReport = IngestReport.extend({
  derivation: z
    .object({ pending: z.number().int(), progress: z.string().describe('where to follow it') })
    .optional()
    .describe('records are updated after this answer'),
});

/** At most this many files per request; each is also limited in size (maxFileBytes). */
const MAX_FILES = 50;

const uploadRoute = createRoute({
  method: 'post',
  path: '/api/ingest',
  tags: ['sources'],
  summary: 'Ingest uploaded files (multipart field `files`, one or more)',
  request: {
    body: {
      content: {
        'multipart/form-data': {
          // Read with parseBody below; the schema is for the OpenAPI document.
          schema: z.object({
            files: z.any().openapi({ type: 'array', items: { type: 'string', format: 'binary' } }),
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'What was stored, and what failed',
      content: { 'application/json': { schema: UploadReport } },
    },
    400: { description: 'No files', content: { 'application/problem+json': { schema: Problem } } },
    422: {
      description: 'Every file was refused (too deep, too slow, unknown format…); `failed` names each',
      content: { 'application/json': { schema: UploadReport } },
    },
  },
});

const progressRoute = createRoute({
  method: 'get',
  path: '/api/ingest/progress',
  tags: ['sources'],
  summary: 'How far the records are from the stored sources: sources still to derive, and the current run',
  responses: {
    200: { description: 'Progress', content: { 'application/json': { schema: DeriveProgress } } },
  },
});

export function ingestRoutes(
  app: OpenAPIHono,
  db: Kysely<DB>,
  maxFileBytes: number,
  security: Security,
  derive: DeriveRunner,
): void {
  app.openapi(progressRoute, async (c) => c.json(await derive.progress(), 200));
  app.openapi(uploadRoute, async (c) => {
    if (!/^multipart\/form-data;/i.test(c.req.header('content-type') ?? '')) {
      return problem(c, 415, 'Unsupported media type', 'send the files as multipart/form-data') as never;
    }
    let body: Record<string, unknown>;
    try {
      body = await c.req.parseBody({ all: true });
    } catch {
      return problem(c, 400, 'Invalid request', 'the multipart body cannot be read') as never;
    }
    const files = [body.files].flat().filter((f): f is File => f instanceof File);
    if (files.length === 0)
      return problem(c, 400, 'No files', 'send one or more files in the field `files`') as never;
    if (files.length > MAX_FILES)
      return problem(c, 400, 'Too many files', `send at most ${MAX_FILES} files per request`) as never;
    // Details a person typed for a single document (outlet, date, address, author): checked before any file is read.
    const metadata = uploadMetadata(body);
    if (metadata instanceof MetadataError)
      return problem(c, 400, 'Invalid metadata', metadata.message) as never;
    const report = emptyReport();
    const actor = actorOf(c);
    // Every file ends in `added` (or duplicates) or in `failed`: one bad file never ends the batch.
    for (const file of files) await ingestUpload(db, file, maxFileBytes, report, security, actor, metadata);
    // Nothing stored and something refused: the client's request failed, file by file.
    const storedNothing = report.added + report.duplicates + report.nearDuplicates === 0;
    if (storedNothing && report.failed.length > 0) return c.json(report, 422);
    if (report.added === 0) return c.json(report, 200);
    // New sources are pending (src/derive/pending.ts) from their own commit: the runner takes them after this answer.
    derive.start();
    const { pending } = await derive.progress();
    return c.json({ ...report, derivation: { pending, progress: '/api/ingest/progress' } }, 200);
  });
}

/** Parses (off the request loop) and stores one uploaded file into `report`; never throws. */
async function ingestUpload(
  db: Kysely<DB>,
  file: File,
  maxFileBytes: number,
  report: IngestReport,
  security: Security,
  actor: string,
  metadata: MetadataChanges = {},
): Promise<void> {
  const name = safeFileName(file.name);
  try {
    if (file.size > maxFileBytes) {
      throw new IngestError('too_large', `larger than the limit of ${Math.round(maxFileBytes / 1048576)} MB`);
    }
    // Only the formats objector reads: a name without a known extension is sniffed by the parser,
    // anything else (images, archives, executables) is refused before it is read.
    if (/\.[^.]{1,10}$/.test(name) && !kindFromPath(name)) {
      throw new IngestError('unknown_format', 'not a supported file type (.txt .md .html .json .csv)');
    }
    // Each new source's audit entry commits with it.
    await ingestBytes(
      db,
      name,
      new Uint8Array(await file.arrayBuffer()),
      report,
      (trx, stored) =>
        security.audit.record(trx, { actor, action: 'create', targetKind: 'sources', targetId: stored.id }),
      undefined,
      metadata,
    );
  } catch (error) {
    if (error instanceof IngestError) {
      report.failed.push({ path: name, error: error.message, code: error.code });
    } else {
      // Only the kind of error is logged: messages of database errors can quote the document.
      console.error(
        `objector: internal error while ingesting an upload: ${(error as Error)?.name ?? 'unknown'}`,
      );
      report.failed.push({ path: name, error: 'internal error while storing this file', code: 'internal' });
    }
  }
}

/** The metadata fields of an upload form (blank ones left out), checked; or the error naming the bad field. */
function uploadMetadata(body: Record<string, unknown>): MetadataChanges | MetadataError {
  const given = METADATA_FIELDS.map((f) => [f, body[f]] as const).filter(
    ([, v]) => typeof v === 'string' && v.trim() !== '',
  );
  try {
    return checkMetadata(Object.fromEntries(given));
  } catch (error) {
    if (error instanceof MetadataError) return error;
    throw error;
  }
}
