/**
 * Request body limits per route. Every /api route gets a small limit; only
 * the routes that take files (source upload, PFIF import) get a large one.
 * Runs after the access check (access.ts), so a caller the policy refuses
 * never makes the server read a byte of the body, and an accepted caller
 * cannot make it buffer more than the route needs.
 *
 * A declared Content-Length over the limit is refused at once; a chunked body
 * is counted as it arrives and refused as soon as it passes the limit.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { problem } from '../problem.ts';
import { answeringRoute } from './access.ts';

/**
 * The limit of every route not listed in the large table: the largest JSON
 * request of this API (a 20,000-character note, written as \u escapes in the
 * worst case) fits with room to spare.
 */
export const DEFAULT_BODY_BYTES = 256 * 1024;

/** Routes that take files, by "METHOD /pattern", and their limit in bytes. */
export type LargeBodyRoutes = Readonly<Record<string, number>>;

/** The middleware: `large` names the only routes that may exceed `DEFAULT_BODY_BYTES`. */
export function routeBodyLimit(large: LargeBodyRoutes): MiddlewareHandler {
  const limiters = new Map<number, MiddlewareHandler>();
  const limiter = (maxSize: number): MiddlewareHandler => {
    let handler = limiters.get(maxSize);
    if (!handler) {
      handler = bodyLimit({
        maxSize,
        onError: (c) =>
          problem(c, 413, 'Too large', `the request body may be at most ${describeBytes(maxSize)} here`),
      });
      limiters.set(maxSize, handler);
    }
    return handler;
  };
  return (c, next) => {
    const route = answeringRoute(c);
    const max = (route && large[`${route.method} ${route.path}`]) || DEFAULT_BODY_BYTES;
    return limiter(max)(c, next);
  };
}

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
