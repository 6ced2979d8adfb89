import { beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../scripts/openapi/document.ts';
import { operationId, TAG_DESCRIPTIONS } from './openapi.ts';

type Op = { operationId?: string; security?: unknown[]; responses: Record<string, unknown>; tags?: string[] };
type Doc = {
  paths: Record<string, Record<string, Op>>;
  tags: { name: string; description: string }[];
  components: { securitySchemes: Record<string, unknown> };
};

describe('the OpenAPI document', () => {
  let doc: Doc;
  const ops = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
    );
  beforeAll(async () => {
    doc = (await openApiDocument()) as Doc;
  }, 120_000);

  it('declares the session cookie, the CSRF header and the local token as security schemes', () => {
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['csrf', 'localToken', 'session']);
  });

  it('gives every operation a unique operationId, security, and a described tag', () => {
    const ids = ops().map(({ op }) => op.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { key, op } of ops()) {
      expect(op.security, key).toBeDefined();
      for (const tag of op.tags ?? []) expect(TAG_DESCRIPTIONS[tag], `${key} tag ${tag}`).toBeDefined();
    }
    for (const tag of doc.tags) expect(tag.description).not.toBe(tag.name);
  });

  it('lists the problems the access check and validator give: 401, 403 with CSRF on writes, 400, 404', () => {
    const review = doc.paths['/api/claims/{id}/review']!.post!;
    expect(Object.keys(review.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '404']));
    expect(review.security).toEqual([{ session: [], csrf: [] }, { localToken: [] }]);
    const health = doc.paths['/api/public/health']!.get!;
    expect(health.security).toEqual([{}]);
    expect(Object.keys(health.responses)).not.toContain('403');
  });

  it('makes operationIds from method and path', () => {
    expect(operationId('get', '/api/cases/{id}/appeals')).toBe('getCasesByIdAppeals');
    expect(operationId('get', '/api/public/dataset.json')).toBe('getPublicDatasetJson');
  });
});
