// Loaded with `node --import` into every process the CLI bench times: at exit it
// writes the process's CPU time (all threads: the main one, tsx's loader
// thread, V8's compilers) to the file named by BENCH_CPU_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const { userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (userCPUTime + systemCPUTime) / 1000 }));
  });
}
