/**
 * Commands are declared cheaply and their actions loaded only when they run:
 * `--help` or a read command must not load (and transpile) every other
 * command's dependencies (extraction lexicons, the web server, PGlite…).
 * Declaration modules under ./ import nothing heavy; each action module under
 * ../actions is brought in by a dynamic import when its command is invoked.
 */

/** Performance mark set when a command's action starts (its module loaded): the end of start-up. */
export const ACTION_MARK = 'objector:action';

// biome-ignore lint/suspicious/noExplicitAny: Commander passes action arguments untyped; the action module types them.
type Action = (...args: any[]) => unknown;

/**
 * A Commander action that imports its module and calls `name` with the
 * arguments Commander gives it (positional arguments, options, the command).
 */
export function lazy<K extends string, M extends Record<K, Action>>(
  load: () => Promise<M>,
  name: K,
): (...args: Parameters<M[K]>) => Promise<void> {
  return async (...args) => {
    const module = await load();
    // Start-up ends here: what follows is the command's own work. bench/cli reads the mark.
    performance.mark(ACTION_MARK);
    await module[name](...args);
  };
}
