/**
 * CaseError → problem document: case_not_found and item_not_found are 404,
 * bad input 400, a refused transition 409, a file too large 413, a file type
 * not accepted 415, throttling 429 with Retry-After.
 * The app's error handler calls this, so case routes can simply throw.
 */
import type { Context } from 'hono';
import { CaseError } from '../../../cases/errors.ts';
import { problem } from '../../problem.ts';

export function caseProblem(c: Context, error: CaseError): Response {
  switch (error.code) {
    case 'case_not_found':
    case 'item_not_found':
      return problem(c, 404, 'Not found', error.message);
    case 'invalid_transition':
      return problem(c, 409, 'Conflict', error.message);
    case 'too_large':
      return problem(c, 413, 'Too large', error.message);
    case 'unsupported_type':
      return problem(c, 415, 'Unsupported file type', error.message);
    case 'throttled':
      return problem(c, 429, 'Too many attempts', error.message, {
        headers: { 'retry-after': String(error.retryAfterSeconds ?? 60) },
      });
    default:
      return problem(c, 400, 'Invalid request', error.message);
  }
}

export { CaseError };
