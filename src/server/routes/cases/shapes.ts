/** Small builders for the case routes' OpenAPI declarations: a JSON response, a required JSON body. */
import type { z } from '@hono/zod-openapi';

/** A JSON response of `schema` (for a route's `responses`). */
export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

/** A required JSON request body of `schema` (spread into a route's `request`). */
export const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
