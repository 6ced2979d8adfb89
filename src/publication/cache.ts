/**
 * A value built from the store, kept until the data changes (pure: the
 * version and the build are passed in). While a newer value is being built,
 * readers get the last one marked `updating`, so a review or an ingest never
 * makes the public wait for a recount. The data version is asked at most once
 * per `checkEveryMs`; it is read before the build reads the data, so a value
 * is never older than the version it is kept under.
 *
 * In-process by design: a later deployment with several server processes can
 * put the built value in a shared store behind the same two calls.
 */

export interface Refreshing<T> {
  /** The value for the current data, or the last one while a newer is built. */
  get(): Promise<{ value: T; updating: boolean }>;
  /** Waits until the value is built for the data as it is now (start-up, tests). */
  fresh(): Promise<T>;
}

export interface RefreshingOptions<T> {
  version(): Promise<string>;
  build(): Promise<T>;
  /** Milliseconds, from a clock the caller chooses. */
  clock(): number;
  checkEveryMs: number;
  onError?(error: unknown): void;
}

export function refreshingCache<T>(o: RefreshingOptions<T>): Refreshing<T> {
  let current: { version: string; value: T } | null = null;
  let building: Promise<void> | null = null;
  let check: { at: number; version: Promise<string> } | null = null;

  const latest = (force: boolean) => {
    const at = o.clock();
    if (!force && check && at - check.at < o.checkEveryMs) return check.version;
    const version = o.version();
    check = { at, version };
    version.catch(() => {
      if (check?.version === version) check = null;
    });
    return version;
  };
  // One build at a time; a change that lands meanwhile is picked up by the next reader.
  const start = (version: string) => {
    building ??= o
      .build()
      .then((value) => {
        current = { version, value };
      })
      .finally(() => {
        building = null;
      });
    return building;
  };

  const get = async (): Promise<{ value: T; updating: boolean }> => {
    const version = await latest(false);
    if (current?.version === version) return { value: current.value, updating: building !== null };
    const run = start(version);
    if (current) {
      run.catch((error: unknown) => o.onError?.(error));
      return { value: current.value, updating: true };
    }
    await run;
    return get();
  };

  return {
    get,
    async fresh() {
      for (;;) {
        const version = await latest(true);
        if (current?.version === version && building === null) return current.value;
        await start(version);
      }
    },
  };
}
