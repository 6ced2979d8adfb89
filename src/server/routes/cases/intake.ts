/**
 * The family intake: the one anonymous write (policy 'intake:create'). The
 * answer is a reference, a date and a thank-you in the form's language, the
 * same whatever happened to the report (a new case, attached to an earlier
 * one, a robot's dropped): nothing tells the sender whether anyone else has
 * reported this man, or what is known about him. Limited per client network
 * (src/cases/intake/intake.ts, INTAKE_LIMIT) and to a small body.
 *
 * Nor does the time it takes: opening a case takes longer than attaching a
 * report to an earlier case, and a dropped robot's report takes almost
 * nothing. So an accepted report is answered no sooner than
 * INTAKE_MIN_RESPONSE_MS after it arrived; the match search, whose time grows
 * with the knowledge base, runs after the answer.
 */

import { setTimeout as sleep } from 'node:timers/promises';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { CaseError } from '../../../cases/errors.ts';
import { submitIntake } from '../../../cases/intake/intake.ts';
import { IntakeInput, IntakeReceipt } from '../../../cases/intake/schema.ts';
import { problem, problemResponses } from '../../problem.ts';
import { type ConnectionOptions, clientAddress } from '../../security/client.ts';
import { actorOf } from '../../security/principal.ts';
import type { CaseRouteDeps } from './deps.ts';
import { caseProblem } from './problems.ts';

/** A report is a few short fields and at most a few thousand characters of what he said. */
export const INTAKE_MAX_BYTES = 16 * 1024;
/** Every accepted report is answered after at least this long, whatever was done with it (wall-clock time). */
export const INTAKE_MIN_RESPONSE_MS = 500;
const PATH = '/api/public/intake';

/**
 * The connection options tell the client's address behind a trusted proxy
 * (OBJECTOR_TRUST_PROXY). Without them the socket's address is used.
 */
export type IntakeRouteDeps = CaseRouteDeps & {
  connection?: ConnectionOptions;
  /** INTAKE_MIN_RESPONSE_MS unless given (tests of other things may pass 0). */
  minResponseMs?: number;
};

const MESSAGES = {
  ru: 'Спасибо. Сообщение получено и будет прочитано сотрудником. Сохраните номер обращения: назовите его, когда будете связываться с нами. Мы свяжемся с вами по указанному контакту.',
  en: 'Thank you. Your report has been received and will be read by a caseworker. Keep the reference and quote it when you contact us. We will reach you through the contact you gave.',
} as const;

const problems = problemResponses;

const submitRoute = createRoute({
  method: 'post',
  path: PATH,
  tags: ['intake'],
  summary: 'A family reports a missing or detained man (no account needed)',
  description:
    'Opens a case for caseworkers to look at and searches public reports for him. The answer holds only a reference ' +
    'and the time of receipt, never anything about the case or other people. At most 5 reports per hour from one ' +
    'network; the body is at most 16 KB.',
  request: { body: { required: true, content: { 'application/json': { schema: IntakeInput } } } },
  responses: {
    202: { description: 'Received', content: { 'application/json': { schema: IntakeReceipt } } },
    ...problems([400, 413, 429]),
  },
});

export function intakeRoutes(app: OpenAPIHono, deps: IntakeRouteDeps): void {
  const connection = deps.connection ?? { trustProxy: false };
  const floor = deps.minResponseMs ?? INTAKE_MIN_RESPONSE_MS;
  app.use(PATH, smallBody);
  app.openapi(submitRoute, async (c) => {
    const started = performance.now();
    const input = c.req.valid('json');
    try {
      const out = await submitIntake(deps.db, deps.security, input, {
        address: clientAddress(c, connection),
        actor: actorOf(c),
        // The search of public reports can take seconds on a large knowledge base: not the family's wait.
        search: 'later',
      });
      await sleep(Math.max(0, floor - (performance.now() - started)));
      return c.json({ ref: out.ref, receivedAt: out.receivedAt, message: MESSAGES[input.language] }, 202);
    } catch (error) {
      if (error instanceof CaseError) return caseProblem(c, error) as never;
      throw error;
    }
  });
}

/**
 * Refuses a body over INTAKE_MAX_BYTES. The app's own limit (much larger,
 * for uploads) has already bounded what is read; the JSON guard has read it
 * once and Hono keeps it, so it is measured here rather than read again.
 */
const smallBody: MiddlewareHandler = async (c, next) => {
  const declared = Number(c.req.header('content-length') ?? 0);
  const size = declared > INTAKE_MAX_BYTES ? declared : Buffer.byteLength(await c.req.text());
  if (size > INTAKE_MAX_BYTES)
    return problem(c, 413, 'Too large', `a report is at most ${INTAKE_MAX_BYTES / 1024} KB`);
  return next();
};
