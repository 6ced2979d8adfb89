/** Hash routes (#/screen/id?query): the server serves one page, so links survive reloads without server routes. */

/** The current route: screen, the rest of the path, and the query. */
export function currentRoute() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const [screen = 'dashboard', ...rest] = path.split('/').filter(Boolean);
  return {
    screen,
    id: rest.length > 0 ? decodeURIComponent(rest.join('/')) : null,
    query: new URLSearchParams(query),
  };
}

/** A link target for a screen. */
export function href(screen, id, query) {
  const q = query ? new URLSearchParams(query).toString() : '';
  return `#/${screen}${id ? `/${encodeURIComponent(id)}` : ''}${q ? `?${q}` : ''}`;
}
