/**
 * The OpenAPI document, completed from the one route table
 * (security/route-policy.ts): each operation gets the security it needs
 * (the session cookie, plus the CSRF header on state-changing calls, or the
 * local CLI token), an operationId, and the problem responses the access
 * check and the validator can give (400, 401, 403, 404), so what a route
 * declares itself is only its own answers. Tags carry their descriptions.
 */
import { policyFor } from './security/route-policy.ts';
import { can } from '../security/policy.ts';

/** What each tag groups, for readers of the document. */
export const TAG_DESCRIPTIONS: Readonly<Record<string, string>> = {
  auth: 'Signing in and out, one’s own session, password and second factor',
  sources: 'Stored sources (articles, posts) with their text and metadata',
  ingest: 'Adding files as sources',
  claims: 'Extracted claims and their review',
  review: 'The review queue and person-merge decisions',
  knowledge: 'Records, counts, events and the report built from reviewed claims',
  search: 'Full-text and fuzzy-name search',
  notes: 'Private research notes',
  cases: 'Case files: status, whereabouts, appeals, tasks, contacts, PFIF exchange',
  intake: 'A family’s report of a missing man (no account needed)',
  admin: 'Accounts and the audit log (administrators)',
  public: 'Published, redacted data anyone may read',
  web: 'Aggregates the web application’s screens need',
};

const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'objector_session',
    description: 'The session cookie set by POST /api/auth/login (`__Host-objector_session` over TLS)',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: 'Required with the session cookie on every state-changing request; from the sign-in answer',
  },
  localToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'The short-lived token `objector serve` gives the command line (loopback only)',
  },
} as const;

const PROBLEM_TEXT: Record<number, string> = {
  400: 'Invalid request: the field at fault is named',
  401: 'Not signed in (for a route that needs it), or a bearer token not valid here (any route)',
  403: 'The role does not allow this, or the CSRF header is missing or wrong',
  404: 'No such thing',
};

/** RFC 9457 problem document, as ./problem.ts writes it. */
const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
  },
};

type Operation = {
  operationId?: string;
  tags?: string[];
  parameters?: unknown[];
  requestBody?: unknown;
  security?: Record<string, string[]>[];
  responses?: Record<string, unknown>;
};
type Doc = {
  paths?: Record<string, Record<string, Operation>>;
  components?: Record<string, unknown>;
  tags?: { name: string; description?: string }[];
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** The document with security, operationIds, problem responses and tag descriptions filled in. */
export function completeOpenApi<T extends object>(input: T): T {
  const doc = input as Doc;
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      completeOperation(method, path, op);
      for (const tag of op.tags ?? []) tags.add(tag);
    }
  }
  const components = { ...(doc.components ?? {}) } as Record<string, Record<string, unknown>>;
  components.securitySchemes = { ...(components.securitySchemes ?? {}), ...SECURITY_SCHEMES };
  const described = [...tags].sort().map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? name }));
  return { ...doc, components, tags: described } as T;
}

function completeOperation(method: string, path: string, op: Operation): void {
  const policy = policyFor(method.toUpperCase(), path.replace(/\{(\w+)\}/g, ':$1'));
  const open =
    !policy ||
    policy.access === 'public' ||
    (policy.access === 'role' && can('public', policy.resource, policy.action));
  op.operationId ??= operationId(method, path);
  const write = method !== 'get';
  // Anyone: no credential needed (a signed-in page may still send its cookie).
  op.security ??= open ? [{}] : [write ? { session: [], csrf: [] } : { session: [] }, { localToken: [] }];
  op.responses ??= {};
  const responses = op.responses;
  const add = (status: number) => {
    responses[String(status)] ??= {
      description: PROBLEM_TEXT[status],
      content: { 'application/problem+json': { schema: PROBLEM_SCHEMA } },
    };
  };
  if ((op.parameters?.length ?? 0) > 0 || op.requestBody || path.includes('{')) add(400);
  // The access check answers 401 to a bad bearer token on any route, and to the public where it must sign in.
  add(401);
  if (!open || write) add(403);
  if (path.includes('{')) add(404);
}

/** "GET /api/cases/{id}/appeals" → "getCasesByIdAppeals": stable, unique per method and path. */
export function operationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split(/[/.\-_]/)
    .filter(Boolean)
    .map((w) => {
      const param = /^\{(\w+)\}$/.exec(w);
      return param ? `By${cap(param[1] as string)}` : cap(w);
    });
  return `${method}${words.join('')}`;
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
