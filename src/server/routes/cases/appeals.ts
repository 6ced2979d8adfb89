/**
 * Appeals and letters: filing an appeal on a case, recording the answer, what
 * is due across the casework, the due-date rules and letter templates, and a
 * letter as a plain-text download (audited as an export). Handlers are thin;
 * a CaseError thrown by the use cases becomes a problem document (problems.ts).
 */

import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { listDue } from '../../../cases/appeals/due.ts';
import { appealLetter } from '../../../cases/appeals/letters/letter.ts';
import { letterTemplates } from '../../../cases/appeals/letters/templates.ts';
import { addAppeal, updateAppeal } from '../../../cases/appeals/repository.ts';
import { appealRules } from '../../../cases/appeals/rules.ts';
import {
  AddresseeRuleView,
  Appeal,
  AppealInput,
  AppealUpdate,
  CalendarDate,
  DueAppeal,
  LetterTemplateView,
} from '../../../cases/appeals/schema.ts';
import { ADDRESSEE_TYPES } from '../../../cases/schema.ts';
import { today as dayOf } from '../../../cases/time.ts';
import { Problem } from '../../problem.ts';
import { actorOf } from '../../security/principal.ts';
import type { CaseRouteDeps } from './deps.ts';
import { body, json } from './shapes.ts';

const Id = z.string().min(1).max(100);
const tags = ['cases'];
const notFound = {
  description: 'No such case or appeal',
  content: { 'application/problem+json': { schema: Problem } },
};
const AppealParams = z.object({ id: Id, appealId: Id });

const routes = {
  addressees: createRoute({
    method: 'get',
    path: '/api/casework/addressees',
    tags,
    summary: 'The legal due date for an answer, per addressee type, with its basis',
    responses: { 200: json(z.object({ items: z.array(AddresseeRuleView) })) },
  }),
  letters: createRoute({
    method: 'get',
    path: '/api/casework/letters',
    tags,
    summary: 'Letter templates (Russian): id, titles, the addressee types each fits',
    responses: { 200: json(z.object({ items: z.array(LetterTemplateView) })) },
  }),
  due: createRoute({
    method: 'get',
    path: '/api/casework/due',
    tags,
    summary: 'Unanswered appeals past or near their due date, on cases not closed',
    request: {
      query: z.object({
        withinDays: z.coerce.number().int().min(0).max(366).optional(),
        /** Judge as of this day instead of today (for planning and the CLI's --as-of). */
        asOf: CalendarDate.optional(),
        mine: z.enum(['true', 'false']).optional(),
        /** Include each case's title (names people). */
        names: z.enum(['true', 'false']).optional(),
      }),
    },
    responses: { 200: json(z.object({ today: z.string(), items: z.array(DueAppeal) })) },
  }),
  add: createRoute({
    method: 'post',
    path: '/api/cases/{id}/appeals',
    tags,
    summary: 'File an appeal; its due date follows the addressee type unless given',
    request: { params: z.object({ id: Id }), ...body(AppealInput) },
    responses: { 201: json(Appeal, 'Filed'), 404: notFound },
  }),
  update: createRoute({
    method: 'patch',
    path: '/api/cases/{id}/appeals/{appealId}',
    tags,
    summary: 'Record the answer, or change the due date, addressee or subject',
    request: { params: AppealParams, ...body(AppealUpdate) },
    responses: { 200: json(Appeal), 404: notFound },
  }),
  letter: createRoute({
    method: 'get',
    path: '/api/cases/{id}/appeals/{appealId}/letter',
    tags,
    summary: 'A letter for this appeal from a template, as text or a DOCX to print (audited as an export)',
    request: {
      params: AppealParams,
      query: z.object({
        template: z.string().min(1).max(100),
        family: Id.optional(),
        /** text (default), or docx: a Word document to print and sign. */
        format: z.enum(['text', 'docx']).optional(),
      }),
    },
    responses: {
      200: {
        description: 'The letter',
        content: {
          'text/plain': { schema: z.string() },
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
            schema: z.string().openapi({ format: 'binary' }),
          },
        },
      },
      404: notFound,
    },
  }),
};

export function appealsRoutes(app: OpenAPIHono, { db, security }: CaseRouteDeps): void {
  // Loaded now, so a broken rules override stops the server at start, naming the file and field.
  const rules = appealRules();
  const templates = letterTemplates();

  app.openapi(routes.addressees, (c) =>
    c.json(
      {
        items: ADDRESSEE_TYPES.map((type) => ({
          type,
          ...rules.rules[type],
          overridden: rules.overridden.includes(type),
        })),
      },
      200,
    ),
  );
  app.openapi(routes.letters, (c) =>
    c.json({ items: templates.map(({ id, title, addresseeTypes }) => ({ id, title, addresseeTypes })) }, 200),
  );
  app.openapi(routes.due, async (c) => {
    const q = c.req.valid('query');
    const actor = actorOf(c);
    const today = q.asOf ?? dayOf(security.now());
    const items = await listDue(db, security, actor, {
      today,
      withinDays: q.withinDays,
      assignee: q.mine === 'true' ? actor : undefined,
      includeTitles: q.names === 'true',
      rules,
    });
    return c.json({ today, items }, 200);
  });
  app.openapi(routes.add, async (c) => {
    const appeal = await addAppeal(db, security, actorOf(c), c.req.valid('param').id, c.req.valid('json'), {
      rules,
    });
    return c.json(appeal, 201);
  });
  app.openapi(routes.update, async (c) => {
    const { id, appealId } = c.req.valid('param');
    return c.json(
      await updateAppeal(db, security, actorOf(c), id, appealId, c.req.valid('json'), { rules }),
      200,
    );
  });
  app.openapi(routes.letter, async (c) => {
    const { id, appealId } = c.req.valid('param');
    const q = c.req.valid('query');
    const letter = await appealLetter(db, security, actorOf(c), id, appealId, {
      template: q.template,
      familyId: q.family,
      rules,
      templates,
      format: q.format,
    });
    return c.body(letter.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': letter.mediaType,
      'content-disposition': `attachment; filename="${letter.filename}"`,
      'cache-control': 'no-store',
    }) as never;
  });
}
