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

export function problem(c: Context, status: ContentfulStatusCode, title: string, detail?: string): Response {
  const body: Problem = { type: 'about:blank', title, status, ...(detail ? { detail } : {}) };
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json' });
}
