/**
 * Private notes API. Contact lookup is a POST so a phone number never sits
 * in a URL (URLs end up in proxy logs and browser history). Reads and changes
 * are audited by the use cases (src/security/notes).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import {
  createNote,
  deleteNote,
  findNotesByContact,
  listNotes,
  readNote,
} from '../../security/notes/notes.ts';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { Problem, problem } from '../problem.ts';
import { actorOf } from '../security/principal.ts';

const Note = z
  .object({
    id: z.string(),
    subjectKind: z.string(),
    subjectId: z.string(),
    author: z.string().nullable(),
    body: z.string(),
    contact: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('Note');
/** A case's notes are reached through the case (the cases right), never through this API. */
const CASE_KINDS = ['case'] as const;
const GENERAL = { excludeKinds: CASE_KINDS };
const SubjectKind = z
  .string()
  .regex(/^[a-z_]{1,40}$/)
  .refine(
    (k) => !(CASE_KINDS as readonly string[]).includes(k),
    'notes on a case are under /api/cases/{id}/notes',
  );
const Id = z.string().min(1).max(200);
const notFound = {
  description: 'No such note',
  content: { 'application/problem+json': { schema: Problem } },
};
const list = {
  description: 'Notes',
  content: { 'application/json': { schema: z.object({ items: z.array(Note) }) } },
};

const listRoute = createRoute({
  method: 'get',
  path: '/api/notes',
  tags: ['notes'],
  summary: 'The notes about one record',
  request: { query: z.object({ subjectKind: SubjectKind, subjectId: Id }) },
  responses: { 200: list },
});
const createNoteRoute = createRoute({
  method: 'post',
  path: '/api/notes',
  tags: ['notes'],
  summary: 'Add a private note (stored encrypted)',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            subjectKind: SubjectKind,
            subjectId: Id,
            author: z.string().max(200).optional(),
            body: z.string().min(1).max(20_000),
            contact: z.string().max(200).optional(),
          }),
        },
      },
    },
  },
  responses: { 201: { description: 'Created', content: { 'application/json': { schema: Note } } } },
});
const searchRoute = createRoute({
  method: 'post',
  path: '/api/notes/search',
  tags: ['notes'],
  summary: 'Notes whose contact is exactly this one (phone numbers compared by digits)',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ contact: z.string().min(1).max(200) }) } },
    },
  },
  responses: { 200: list },
});
const getRoute = createRoute({
  method: 'get',
  path: '/api/notes/{id}',
  tags: ['notes'],
  summary: 'One note',
  request: { params: z.object({ id: Id }) },
  responses: {
    200: { description: 'The note', content: { 'application/json': { schema: Note } } },
    404: notFound,
  },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/notes/{id}',
  tags: ['notes'],
  summary: 'Delete a note',
  request: { params: z.object({ id: Id }) },
  responses: { 204: { description: 'Deleted' }, 404: notFound },
});

export function noteRoutes(app: OpenAPIHono, db: Kysely<DB>, security: Security): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    return c.json(
      { items: await listNotes(db, security, actorOf(c), { kind: q.subjectKind, id: q.subjectId }) },
      200,
    );
  });
  app.openapi(createNoteRoute, async (c) =>
    c.json(await createNote(db, security, actorOf(c), c.req.valid('json')), 201),
  );
  app.openapi(searchRoute, async (c) =>
    c.json(
      { items: await findNotesByContact(db, security, actorOf(c), c.req.valid('json').contact, GENERAL) },
      200,
    ),
  );
  app.openapi(getRoute, async (c) => {
    const note = await readNote(db, security, actorOf(c), c.req.valid('param').id, GENERAL);
    return note ? c.json(note, 200) : (problem(c, 404, 'Not found', 'no note with this id') as never);
  });
  app.openapi(deleteRoute, async (c) => {
    const done = await deleteNote(db, security, actorOf(c), c.req.valid('param').id, GENERAL);
    return done ? c.body(null, 204) : (problem(c, 404, 'Not found', 'no note with this id') as never);
  });
}
