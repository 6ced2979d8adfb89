/** Keyboard shortcuts of the review queue, as data: key → command name (see review.keys in the catalogues). */
export const SHORTCUTS = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  a: 'accept',
  r: 'reject',
  e: 'correct',
  x: 'select',
  A: 'acceptSelected',
  R: 'rejectSelected',
  s: 'same',
  d: 'different',
};

/** The command for a key event, or null when typing in a field or using a modifier. */
export function commandOf(event) {
  const target = event.target;
  if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return SHORTCUTS[event.key] ?? null;
}
