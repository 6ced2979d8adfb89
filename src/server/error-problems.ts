/**
 * The one way a route's error becomes a response: each module's typed error
 * (a stable `code`, a safe message) maps here to a status and title, and the
 * app's error handler (app.ts) answers with it, so a route simply throws.
 * Anything not listed is an internal error: a 500 that says nothing more.
 */
import type { Context } from 'hono';
import { CaseError } from '../cases/errors.ts';
import { ReviewError } from '../claims/review.ts';
import { problem } from './problem.ts';
import { caseProblem } from './routes/cases/problems.ts';

type Answer = { status: 400 | 404 | 409; title: string };

const REVIEW: Record<ReviewError['code'], Answer> = {
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Changed meanwhile' },
  invalid_value: { status: 400, title: 'Invalid value' },
};

/** The problem document for a typed error, or null when the error is not one a client caused. */
export function errorProblem(c: Context, error: unknown): Response | null {
  if (error instanceof CaseError) return caseProblem(c, error);
  if (error instanceof ReviewError) {
    const answer = REVIEW[error.code];
    return problem(c, answer.status, answer.title, error.message);
  }
  return null;
}
