/**
 * Input guards that run before any handler. PostgreSQL text cannot hold a
 * NUL character, and no field of this API needs one: a NUL in the URL (raw
 * or %00) or in a JSON body is refused with 400 here rather than failing
 * deep in a query. Also refuses JSON bodies nested deeper than any request of this API needs,
 * before a parser, validator or serialiser recurses into them (a deeply
 * nested document is a cheap way to exhaust a stack). The body is read once
 * here; Hono caches it for the validator.
 */
import type { MiddlewareHandler } from 'hono';
import { problem } from '../problem.ts';

export const MAX_JSON_DEPTH = 32;
const NUL = String.fromCharCode(0);

export function jsonDepthGuard(): MiddlewareHandler {
  return async (c, next) => {
    if (/%00/i.test(c.req.url) || c.req.url.includes(NUL))
      return problem(c, 400, 'Invalid request', 'the address contains a NUL character');
    if (!/json/i.test(c.req.header('content-type') ?? '')) return next();
    const text = await c.req.text();
    if (text.includes('\\u0000') || text.includes(NUL))
      return problem(c, 400, 'Invalid request', 'the body contains a NUL character');
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      return problem(c, 400, 'Invalid request', `JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
    }
    return next();
  };
}

/** The deepest nesting of arrays and objects in `text`, ignoring brackets inside strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) max = Math.max(max, ++depth);
    else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return max;
}
