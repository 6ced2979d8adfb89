/**
 * Errors leave the server as RFC 9457 problem documents
 * (application/problem+json), with a safe message and never a stack trace.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
});
export type Problem = z.infer<typeof Problem>;

export interface ProblemOptions {
  /** A URI naming the problem, for clients that act on it (e.g. urn:objector:totp-required). */
  type?: string;
  headers?: Record<string, string>;
}

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  detail?: string,
  options: ProblemOptions = {},
): Response {
  const body: Problem = { type: options.type ?? 'about:blank', title, status, ...(detail ? { detail } : {}) };
  return c.body(JSON.stringify(body), status, {
    ...options.headers,
    'content-type': 'application/problem+json',
  });
}

/** OpenAPI responses for these error statuses, each a problem document (for a route's `responses`). */
export function problemResponses(codes: readonly number[]) {
  return Object.fromEntries(
    codes.map((s) => [
      s,
      { description: 'Problem', content: { 'application/problem+json': { schema: Problem } } },
    ]),
  );
}
