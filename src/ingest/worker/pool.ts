/**
 * A small pool of worker threads that run parsers away from the request
 * loop. Each job has a time budget (the worker is terminated when it runs
 * over) and each worker a memory budget (V8 resource limits: running out
 * ends that worker, not the process). Workers start on demand, are kept
 * warm for a while, and never keep the process alive while idle.
 */
import { Worker } from 'node:worker_threads';
import { type JobRequest, type JobResponse, type ParseJob, type WireError, fromWire } from './protocol.ts';

/** Why the pool, not the parser, ended a job. */
export type PoolFailureReason = 'too_slow' | 'out_of_memory' | 'crashed';

/** A job the pool stopped or lost; callers turn it into their own typed error, naming their input. */
export class PoolFailure extends Error {
  override readonly name = 'PoolFailure';
  constructor(
    readonly reason: PoolFailureReason,
    /** The budget that was exceeded: milliseconds for too_slow, megabytes for out_of_memory. */
    readonly limit: number,
  ) {
    super(`parse worker: ${reason}`);
  }
}

export interface PoolOptions {
  /** Most workers at once. */
  size: number;
  /** Heap of each worker, in MB (V8 maxOldGenerationSizeMb). */
  memoryMb: number;
  /** An idle worker is stopped after this long (ms). */
  idleMs: number;
}

interface Pending {
  job: ParseJob;
  timeMs: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  current: (Pending & { id: number; timer: NodeJS.Timeout | null }) | null;
  idleTimer: NodeJS.Timeout | null;
}

const BOOTSTRAP = new URL('./bootstrap.mjs', import.meta.url);
/** A worker that has not loaded its parsers after this long (ms) is taken for broken. */
const STARTUP_MS = 120_000;

/** Runs parse jobs on worker threads, each within a time budget; see the module comment. */
export class ParsePool {
  private readonly slots = new Set<Slot>();
  private readonly idle: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;

  constructor(readonly options: PoolOptions) {}

  /** The job's result; rejects with the parser's typed error, or a PoolFailure. */
  run(job: ParseJob, timeMs: number): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, timeMs, resolve, reject });
      this.pump();
    });
  }

  /**
   * Starts a worker before the first job, when none is running, so that its
   * start (loading the parsers: most of a second of CPU) overlaps what the
   * caller does meanwhile, such as opening the store. Like an idle worker, it
   * never keeps the process alive and is stopped after idleMs unused.
   */
  warm(): void {
    if (this.slots.size > 0) return;
    const slot = this.spawn();
    slot.worker.unref();
    this.park(slot);
  }

  /** Workers running (busy, idle or starting). */
  get workers(): number {
    return this.slots.size;
  }

  /** Stops every worker (jobs under way fail as 'crashed'). */
  async close(): Promise<void> {
    this.queue.length = 0;
    await Promise.all([...this.slots].map((slot) => this.retire(slot)));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.idle.pop() ?? (this.slots.size < this.options.size ? this.spawn() : null);
      if (!slot) return;
      this.assign(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(BOOTSTRAP, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb, stackSizeMb: 4 },
      // The worker's output is the parent's; nothing of a document is printed there.
      stdout: false,
      stderr: false,
    });
    let started: () => void = () => {};
    const slot: Slot = {
      worker,
      ready: new Promise<void>((resolve) => {
        started = resolve;
      }),
      current: null,
      idleTimer: null,
    };
    worker.on('message', (message: JobResponse) => {
      if ('ready' in message) started();
      else this.settle(slot, message);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out_of_memory' : 'crashed';
      this.fail(slot, new PoolFailure(reason, reason === 'out_of_memory' ? this.options.memoryMb : 0));
    });
    worker.on('exit', () => this.fail(slot, new PoolFailure('crashed', 0)));
    this.slots.add(slot);
    return slot;
  }

  private assign(slot: Slot, pending: Pending): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    const current = { ...pending, id: this.nextId++, timer: null as NodeJS.Timeout | null };
    slot.current = current;
    slot.worker.ref();
    // The budget starts once the worker has loaded its code: a cold start is not the document's fault.
    const startup = setTimeout(() => this.fail(slot, new PoolFailure('crashed', 0)), STARTUP_MS);
    void slot.ready.then(() => {
      clearTimeout(startup);
      if (slot.current !== current) return;
      current.timer = setTimeout(() => {
        this.fail(slot, new PoolFailure('too_slow', current.timeMs));
      }, current.timeMs);
      slot.worker.postMessage({ id: current.id, job: current.job } satisfies JobRequest);
    });
  }

  private settle(slot: Slot, message: Exclude<JobResponse, { ready: true }>): void {
    const current = slot.current;
    if (!current || current.id !== message.id) return;
    if (current.timer) clearTimeout(current.timer);
    slot.current = null;
    if (message.ok) current.resolve(message.value);
    else current.reject(fromWire(message.error as WireError));
    slot.worker.unref();
    this.park(slot);
    this.pump();
  }

  /** Puts a free worker among the idle ones, to be stopped after idleMs unused. */
  private park(slot: Slot): void {
    slot.idleTimer = setTimeout(() => void this.retire(slot), this.options.idleMs);
    slot.idleTimer.unref();
    this.idle.push(slot);
  }

  /** Ends the slot's job with `failure` and replaces the worker (it may be stuck or broken). */
  private fail(slot: Slot, failure: PoolFailure): void {
    const current = slot.current;
    slot.current = null;
    if (current?.timer) clearTimeout(current.timer);
    void this.retire(slot);
    current?.reject(failure);
    this.pump();
  }

  private async retire(slot: Slot): Promise<void> {
    if (!this.slots.delete(slot)) return;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    const at = this.idle.indexOf(slot);
    if (at >= 0) this.idle.splice(at, 1);
    const current = slot.current;
    slot.current = null;
    current?.reject(new PoolFailure('crashed', 0));
    await slot.worker.terminate();
  }
}
