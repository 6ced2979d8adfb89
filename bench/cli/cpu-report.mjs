// Loaded with `node --import` into every process the CLI bench times: at exit it
// writes to the file named by BENCH_CPU_FILE the process's CPU time (all
// threads: the main one, tsx's loader thread, V8's compilers), its peak
// memory, and the CLI's own marks (src/cli/commands/lazy.ts, src/cli/store.ts):
// when the command's action started and when it had the store open, in ms
// since the process started.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
    writeFileSync(
      file,
      JSON.stringify({
        cpuMs: (userCPUTime + systemCPUTime) / 1000,
        rssMb: maxRSS / 1024,
        actionMs: mark('objector:action'),
        storeOpenMs: mark('objector:store-open'),
        exitMs: performance.now(),
      }),
    );
  });
}
