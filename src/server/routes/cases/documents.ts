/**
 * Documents of a case: attaching a scan or an answer (multipart form: file,
 * kind, appealId) and downloading one (audited as an export). The use cases
 * check the type from the bytes, limit the size and encrypt; the server's
 * body limit for this route (app.ts) stops a larger upload before it is read.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { attachDocument, readDocument } from '../../../cases/documents/repository.ts';
import { CaseDocument, DOCUMENT_MAX_BYTES, DocumentKind } from '../../../cases/documents/schema.ts';
import { CaseError } from '../../../cases/errors.ts';
import { problemResponses } from '../../problem.ts';
import { actorOf } from '../../security/principal.ts';
import type { CaseRouteDeps } from './deps.ts';
import { json } from './shapes.ts';

const Id = z.string().min(1).max(100);
const tags = ['cases'];

/** The body limit of the upload route: the largest document and the form around it. */
export const DOCUMENT_UPLOAD_BYTES = DOCUMENT_MAX_BYTES + 64 * 1024;

const routes = {
  attach: createRoute({
    method: 'post',
    path: '/api/cases/{id}/documents',
    tags,
    summary: 'Attach a scan or an answer (PDF or image, checked from its bytes, stored encrypted)',
    request: {
      params: z.object({ id: Id }),
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({
              file: z.any().openapi({ type: 'string', format: 'binary' }),
              kind: DocumentKind,
              appealId: Id.optional(),
            }),
          },
        },
      },
    },
    responses: { 201: json(CaseDocument, 'Attached'), ...problemResponses([400, 404, 413, 415]) },
  }),
  download: createRoute({
    method: 'get',
    path: '/api/cases/{id}/documents/{documentId}',
    tags,
    summary: 'Download a document (audited as an export)',
    request: { params: z.object({ id: Id, documentId: Id }) },
    responses: {
      200: { description: 'The document', content: { 'application/octet-stream': { schema: z.string() } } },
      ...problemResponses([404]),
    },
  }),
};

export function documentsRoutes(app: OpenAPIHono, { db, security }: CaseRouteDeps): void {
  app.openapi(routes.attach, async (c) => {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) throw new CaseError('invalid_input', 'file: attach a file');
    const kind = DocumentKind.safeParse(form.kind);
    if (!kind.success) throw new CaseError('invalid_input', 'kind: must be scan, answer or other');
    const appealId = typeof form.appealId === 'string' && form.appealId ? form.appealId : undefined;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const doc = await attachDocument(
      db,
      security,
      actorOf(c),
      c.req.param('id'),
      { kind: kind.data, appealId, filename: file.name || 'document' },
      bytes,
    );
    return c.json(doc, 201);
  });
  app.openapi(routes.download, async (c) => {
    const { id, documentId } = c.req.valid('param');
    const { document, bytes } = await readDocument(db, security, actorOf(c), id, documentId);
    // The stored name may name him: the download is named by its id and type only.
    const ext = document.mediaType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'bin';
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': document.mediaType,
      'content-disposition': `attachment; filename="${document.id}.${ext}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    }) as never;
  });
}
