/**
 * The one way screens talk to the server: JSON over fetch with the session
 * cookie, the CSRF token on state-changing calls, and problem+json errors
 * turned into ApiError values a screen can show.
 */

let csrfToken = '';

/** Remembers the CSRF token from GET /api/public/session (the session probe) or a sign-in. */
export function setCsrf(token) {
  csrfToken = token ?? '';
}

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail ?? '';
  }
}

async function toError(res) {
  let body = {};
  try {
    body = await res.json();
  } catch {
    // Not a problem document: fall back to the status line.
  }
  return new ApiError(res.status, body.title ?? res.statusText, body.detail);
}

/** Calls the API; `body` is sent as JSON. Resolves to the parsed answer (null for 204). */
export async function api(path, { method = 'GET', body } = {}) {
  const headers = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw await toError(res);
  return res.status === 204 ? null : res.json();
}

/**
 * Uploads one file to /api/ingest with progress (fetch cannot report upload
 * progress; XMLHttpRequest can), with `fields` (outlet, published…) beside it.
 */
export function upload(file, onProgress, fields = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/ingest');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const body = xhr.response ?? {};
      // 422: every file was refused; the report names each one.
      if (xhr.status === 200 || (xhr.status === 422 && Array.isArray(body.failed))) resolve(body);
      else reject(new ApiError(xhr.status, body.title ?? 'Error', body.detail));
    };
    xhr.onerror = () => reject(new ApiError(0, 'Network error'));
    const form = new FormData();
    form.append('files', file, file.name);
    for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
    xhr.send(form);
  });
}
