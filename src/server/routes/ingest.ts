/**
 * Upload API: files in, sources out, the same use case as `objector ingest`.
 * Used by the web application's ingest screen, and by the CLI while `serve`
 * holds the embedded database.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { IngestError } from '../../ingest/index.ts';
import { emptyReport, ingestBytes } from '../../sources/ingest-sources.ts';
import { IngestReport } from '../../sources/schema.ts';
import type { DB } from '../../store/db-types.ts';
import { Problem, problem } from '../problem.ts';

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
      content: { 'application/json': { schema: IngestReport } },
    },
    400: { description: 'No files', content: { 'application/problem+json': { schema: Problem } } },
  },
});

export function ingestRoutes(app: OpenAPIHono, db: Kysely<DB>, maxFileBytes: number): void {
  app.openapi(uploadRoute, async (c) => {
    const body = await c.req.parseBody({ all: true });
    const files = [body.files].flat().filter((f): f is File => f instanceof File);
    if (files.length === 0)
      return problem(c, 400, 'No files', 'send one or more files in the field `files`') as never;
    const report = emptyReport();
    for (const file of files) {
      const name = file.name.replace(/[\\/]/g, '_').slice(0, 255) || 'upload';
      try {
        if (file.size > maxFileBytes) {
          throw new IngestError(
            'too_large',
            `larger than the limit of ${Math.round(maxFileBytes / 1048576)} MB`,
          );
        }
        await ingestBytes(db, name, new Uint8Array(await file.arrayBuffer()), report);
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
        report.failed.push({ path: name, error: error.message, code: error.code });
      }
    }
    return c.json(report, 200);
  });
}
