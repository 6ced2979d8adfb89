/**
 * The case file itself: open, list, read, change, and its dated entries
 * (status, whereabouts, contact log, family contacts), assignees, tasks and
 * free notes. Handlers are thin: the use cases in src/cases audit and
 * encrypt; a CaseError thrown here becomes a problem document (problems.ts).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { CaseFileView, caseFileOf } from '../../../cases/case-file.ts';
import { requireCase } from '../../../cases/case-rows.ts';
import { addContact, addFamily, addStatus, addWhereabouts } from '../../../cases/entries.ts';
import { CaseHome, caseHome } from '../../../cases/home.ts';
import {
  assignableUsers,
  createCase,
  deleteCase,
  listCases,
  setAssignees,
  updateCase,
} from '../../../cases/repository.ts';
import {
  Assignee,
  CaseInput,
  CaseState,
  CaseStatus,
  CaseSummary,
  CaseUpdate,
  ContactEntry,
  ContactInput,
  FamilyContact,
  FamilyInput,
  RegionCode,
  StatusEntry,
  StatusInput,
  Task,
  TaskInput,
  TaskUpdate,
  Whereabouts,
  WhereaboutsInput,
} from '../../../cases/schema.ts';
import { addTask, updateTask } from '../../../cases/tasks.ts';
import { createNote, listNotes } from '../../../security/notes/notes.ts';
import { actorOf } from '../../security/principal.ts';
import type { CaseRouteDeps } from './deps.ts';
import { body, json } from './shapes.ts';

const Id = z.string().min(1).max(100);
const CaseParams = z.object({ id: Id });
const tags = ['cases'];

const NoteOut = z.object({
  id: z.string(),
  body: z.string(),
  author: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});

const routes = {
  list: createRoute({
    method: 'get',
    path: '/api/cases',
    tags,
    summary: 'Cases, most recently changed first (triage queue: state=triage); search by reference or name',
    request: {
      query: z.object({
        state: CaseState.optional(),
        status: CaseStatus.optional(),
        mine: z.enum(['true', 'false']).optional(),
        /** A case reference (or one given to a family for a later report), or words of the name. */
        q: z.string().trim().max(200).optional(),
        /** A region by name (Buryatia, Бурятия) or code. */
        region: RegionCode.optional(),
        /** An account id, or 'none' for cases nobody works on. */
        assignee: z.string().min(1).max(100).optional(),
        limit: z.coerce.number().int().min(1).max(500).optional(),
      }),
    },
    responses: { 200: json(z.object({ items: z.array(CaseSummary) })) },
  }),
  create: createRoute({
    method: 'post',
    path: '/api/cases',
    tags,
    summary: 'Open a case for one person or a group',
    request: body(CaseInput),
    responses: { 201: json(CaseSummary, 'Created') },
  }),
  read: createRoute({
    method: 'get',
    path: '/api/cases/{id}',
    tags,
    summary: 'The whole case file (the view is audited)',
    request: { params: CaseParams },
    responses: { 200: json(CaseFileView) },
  }),
  update: createRoute({
    method: 'patch',
    path: '/api/cases/{id}',
    tags,
    summary: 'Change the core fields or the state (triage, open, closed)',
    request: { params: CaseParams, ...body(CaseUpdate) },
    responses: { 200: json(CaseSummary) },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/api/cases/{id}',
    tags,
    summary: 'Delete a case file and everything in it',
    request: { params: CaseParams },
    responses: { 204: { description: 'Deleted' } },
  }),
  status: createRoute({
    method: 'post',
    path: '/api/cases/{id}/status',
    tags,
    summary: 'Record a status change, dated, with its evidence',
    request: { params: CaseParams, ...body(StatusInput) },
    responses: { 201: json(StatusEntry, 'Recorded') },
  }),
  whereabouts: createRoute({
    method: 'post',
    path: '/api/cases/{id}/whereabouts',
    tags,
    summary: 'Record where the man is or was, from when, how known',
    request: { params: CaseParams, ...body(WhereaboutsInput) },
    responses: { 201: json(Whereabouts, 'Recorded') },
  }),
  contacts: createRoute({
    method: 'post',
    path: '/api/cases/{id}/contacts',
    tags,
    summary: 'Add a call, message or meeting to the contact log',
    request: { params: CaseParams, ...body(ContactInput) },
    responses: { 201: json(ContactEntry, 'Recorded') },
  }),
  family: createRoute({
    method: 'post',
    path: '/api/cases/{id}/family',
    tags,
    summary: 'Add a family contact',
    request: { params: CaseParams, ...body(FamilyInput) },
    responses: { 201: json(FamilyContact, 'Recorded') },
  }),
  assignees: createRoute({
    method: 'put',
    path: '/api/cases/{id}/assignees',
    tags,
    summary: 'Set who works on the case',
    request: { params: CaseParams, ...body(z.object({ userIds: z.array(Id).max(20) })) },
    responses: { 200: json(CaseSummary) },
  }),
  notes: createRoute({
    method: 'get',
    path: '/api/cases/{id}/notes',
    tags,
    summary: 'Free notes on the case',
    request: { params: CaseParams },
    responses: { 200: json(z.object({ items: z.array(NoteOut) })) },
  }),
  addNote: createRoute({
    method: 'post',
    path: '/api/cases/{id}/notes',
    tags,
    summary: 'Add a free note (stored encrypted)',
    request: { params: CaseParams, ...body(z.object({ body: z.string().trim().min(1).max(20_000) })) },
    responses: { 201: json(NoteOut, 'Created') },
  }),
  addTask: createRoute({
    method: 'post',
    path: '/api/cases/{id}/tasks',
    tags,
    summary: 'Add a task with an assignee and a due date',
    request: { params: CaseParams, ...body(TaskInput) },
    responses: { 201: json(Task, 'Created') },
  }),
  updateTask: createRoute({
    method: 'patch',
    path: '/api/cases/{id}/tasks/{taskId}',
    tags,
    summary: 'Mark a task done, reassign it or change its due date',
    request: { params: z.object({ id: Id, taskId: Id }), ...body(TaskUpdate) },
    responses: { 200: json(Task) },
  }),
  home: createRoute({
    method: 'get',
    path: '/api/casework/home',
    tags,
    summary: "A caseworker's home: my cases, what is overdue, what is new",
    responses: { 200: json(CaseHome) },
  }),
  assignable: createRoute({
    method: 'get',
    path: '/api/casework/assignable',
    tags,
    summary: 'Accounts a case or task can be assigned to',
    responses: { 200: json(z.object({ items: z.array(Assignee) })) },
  }),
};

export function coreRoutes(app: OpenAPIHono, { db, security }: CaseRouteDeps): void {
  app.openapi(routes.list, async (c) => {
    const q = c.req.valid('query');
    const assignee = q.mine === 'true' ? actorOf(c) : q.assignee;
    const items = await listCases(db, security, actorOf(c), { ...q, assignee });
    return c.json({ items }, 200);
  });
  app.openapi(routes.create, async (c) =>
    c.json(await createCase(db, security, actorOf(c), c.req.valid('json')), 201),
  );
  app.openapi(routes.read, async (c) =>
    c.json(await caseFileOf(db, security, actorOf(c), c.req.valid('param').id), 200),
  );
  app.openapi(routes.update, async (c) =>
    c.json(await updateCase(db, security, actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(routes.remove, async (c) => {
    await deleteCase(db, security, actorOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
  const entry =
    <I, O>(
      add: (
        trx: Parameters<typeof addStatus>[0],
        s: typeof security,
        a: string,
        id: string,
        input: I,
      ) => Promise<O>,
    ) =>
    (actor: string, id: string, input: I) =>
      db.transaction().execute((trx) => add(trx, security, actor, id, input));
  const addS = entry(addStatus);
  const addW = entry(addWhereabouts);
  const addC = entry(addContact);
  const addF = entry(addFamily);
  app.openapi(routes.status, async (c) =>
    c.json(await addS(actorOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(routes.whereabouts, async (c) =>
    c.json(await addW(actorOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(routes.contacts, async (c) =>
    c.json(await addC(actorOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(routes.family, async (c) =>
    c.json(await addF(actorOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(routes.assignees, async (c) =>
    c.json(
      await setAssignees(db, security, actorOf(c), c.req.valid('param').id, c.req.valid('json').userIds),
      200,
    ),
  );
  app.openapi(routes.notes, async (c) => {
    const id = c.req.valid('param').id;
    await requireCase(db, id);
    const items = await listNotes(db, security, actorOf(c), { kind: 'case', id });
    return c.json({ items: items.map(noteOut) }, 200);
  });
  app.openapi(routes.addNote, async (c) => {
    const id = c.req.valid('param').id;
    await requireCase(db, id);
    const note = await createNote(db, security, actorOf(c), {
      subjectKind: 'case',
      subjectId: id,
      body: c.req.valid('json').body,
    });
    return c.json(noteOut(note), 201);
  });
  app.openapi(routes.addTask, async (c) =>
    c.json(await addTask(db, security, actorOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(routes.updateTask, async (c) => {
    const p = c.req.valid('param');
    return c.json(await updateTask(db, security, actorOf(c), p.id, p.taskId, c.req.valid('json')), 200);
  });
  app.openapi(routes.home, async (c) => c.json(await caseHome(db, security, actorOf(c)), 200));
  app.openapi(routes.assignable, async (c) => c.json({ items: await assignableUsers(db) }, 200));
}

function noteOut(n: {
  id: string;
  body: string;
  author: string | null;
  createdBy: string;
  createdAt: string;
}) {
  return { id: n.id, body: n.body, author: n.author, createdBy: n.createdBy, createdAt: n.createdAt };
}
