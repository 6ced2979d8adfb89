/**
 * The action of `objector cases due [--within DAYS] [--as-of YYYY-MM-DD]
 * [--names] [--json]` (declared in ../commands/cases.ts): unanswered appeals
 * past or near their legal due date, on cases not closed. Case ids,
 * references and dates only; the case titles (which name people) only with
 * --names. While `serve` holds the embedded store, the list comes from its
 * API, like other read commands; otherwise the command opens the store.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { listDue } from '../../cases/appeals/due.ts';
import { AppealRulesError } from '../../cases/appeals/rules.ts';
import type { DueAppeal } from '../../cases/appeals/schema.ts';
import { today as dayOf, isCalendarDate } from '../../cases/time.ts';
import { ExitCode } from '../context.ts';
import { type CommandEnv, commandEnv, fetchFromServer, runningServer, withSecureStore } from '../store.ts';

const actor = () => `cli:${userInfo().username}`;

interface DueOptions {
  within?: string;
  asOf?: string;
  names?: boolean;
}

/** `cases due`. */
export async function due(opts: DueOptions, command: Command): Promise<void> {
  const env = commandEnv(command);
  const filter = parseOptions(env, opts);
  const { today, items } = await dueAppeals(env, filter);
  env.out.result(items, () => formatDue(items, today, !!opts.names));
}

interface DueQuery {
  withinDays?: number;
  asOf?: string;
  names: boolean;
}

function parseOptions(env: CommandEnv, opts: DueOptions): DueQuery {
  const within = opts.within === undefined ? undefined : Number(opts.within);
  if (within !== undefined && !(Number.isInteger(within) && within >= 0 && within <= 366)) {
    env.out.error('--within must be a whole number of days from 0 to 366');
    process.exit(ExitCode.usage);
  }
  if (opts.asOf !== undefined && !isCalendarDate(opts.asOf)) {
    env.out.error('--as-of must be a real date, YYYY-MM-DD');
    process.exit(ExitCode.usage);
  }
  return { withinDays: within, asOf: opts.asOf, names: !!opts.names };
}

async function dueAppeals(env: CommandEnv, q: DueQuery): Promise<{ today: string; items: DueAppeal[] }> {
  const server = runningServer(env.config);
  if (server) {
    const params = new URLSearchParams();
    if (q.withinDays !== undefined) params.set('withinDays', String(q.withinDays));
    if (q.asOf) params.set('asOf', q.asOf);
    if (q.names) params.set('names', 'true');
    const r = await fetchFromServer(server, `/api/casework/due?${params}`);
    if (r.status !== 200) {
      env.out.error(
        `the running server answered ${r.status}: ${(r.body as { detail?: string }).detail ?? ''}`,
      );
      process.exit(ExitCode.storeUnavailable);
    }
    return r.body as { today: string; items: DueAppeal[] };
  }
  try {
    return await withSecureStore(env, 'cases due', async (store, security) => {
      const today = q.asOf ?? dayOf(security.now());
      const items = await listDue(store.db, security, actor(), {
        today,
        withinDays: q.withinDays,
        includeTitles: q.names,
      });
      return { today, items };
    });
  } catch (error) {
    if (!(error instanceof AppealRulesError)) throw error;
    env.out.error(error.message);
    process.exit(ExitCode.usage);
  }
}

/** The list for people: one line per appeal, most overdue first. */
export function formatDue(items: readonly DueAppeal[], today: string, names: boolean): string {
  if (items.length === 0) return `Nothing overdue or due soon as of ${today}.`;
  const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  const lines = items.map((d) => {
    const when =
      d.state === 'overdue' ? `OVERDUE ${days(d.daysOverdue ?? 0)}` : `due in ${days(d.daysRemaining ?? 0)}`;
    const title = names && d.title ? `  ${d.title}` : '';
    return `${when.padEnd(18)} ${d.caseRef}  ${d.addresseeType.padEnd(23)} filed ${d.filedOn}  due ${d.dueOn}${title}`;
  });
  const overdue = items.filter((d) => d.state === 'overdue').length;
  return [`${overdue} overdue, ${items.length - overdue} due soon, as of ${today}:`, ...lines].join('\n');
}
