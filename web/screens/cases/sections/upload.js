/**
 * Sending a file to a case route as a multipart form. The shared api() sends
 * JSON only, and keeps the CSRF token to itself, so the token is asked of
 * the session route (GET /api/auth/session gives it to the signed-in page).
 */
import { ApiError } from '../../../lib/api.js';

/** POSTs `form` to `path`; resolves to the JSON answer, rejects with an ApiError like api(). */
export async function apiUpload(path, form) {
  const session = await fetch('/api/auth/session', { credentials: 'same-origin' });
  const { csrfToken = '' } = session.ok ? await session.json() : {};
  const res = await fetch(path, {
    method: 'POST',
    headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
    credentials: 'same-origin',
    body: form,
  });
  if (res.ok) return res.json();
  const body = await res.json().catch(() => ({}));
  throw new ApiError(res.status, body.title ?? res.statusText, body.detail);
}
