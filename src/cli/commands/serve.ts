/** `objector serve`: the HTTP API (and, later, the web application) on the configured store. */
import { serve as serveHttp } from '@hono/node-server';
import type { Command } from 'commander';
import { createApp } from '../../server/app.ts';
import { loadSampleOnce } from '../../sources/sample.ts';
import { VERSION } from '../../version.ts';
import { ExitCode } from '../context.ts';
import { commandEnv, withStore } from '../store.ts';

export function register(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP server (default port 8080, or PORT)')
    .option('--port <n>', 'port to listen on', (v) => Number.parseInt(v, 10))
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--sample', 'load the invented sample corpus on the first start of a new store')
    .action(async (opts: { port?: number; host: string; sample?: boolean }, command: Command) => {
      const env = commandEnv(command, opts.port !== undefined ? { port: opts.port } : {});
      if (!Number.isInteger(env.config.port)) {
        env.out.error('--port must be a whole number');
        process.exit(ExitCode.usage);
      }
      await withStore(env, 'serve', async (store) => {
        if (opts.sample) {
          const report = await loadSampleOnce(store.db, { maxFileBytes: env.config.maxFileBytes });
          if (report) env.out.info(`loaded the sample corpus: ${report.added} sources`);
        }
        const app = createApp({ db: store.db, version: VERSION, maxFileBytes: env.config.maxFileBytes });
        const server = serveHttp({ fetch: app.fetch, port: env.config.port, hostname: opts.host });
        await new Promise<void>((resolve, reject) => {
          server.once('listening', resolve);
          server.once('error', reject);
        }).catch((error: NodeJS.ErrnoException) => {
          env.out.error(`cannot listen on ${opts.host}:${env.config.port}: ${error.code ?? error.message}`);
          process.exit(ExitCode.usage);
        });
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : env.config.port;
        store.lock?.setPort(port);
        env.out.info(`objector ${VERSION} on ${store.description}`);
        env.out.info(`listening on http://${opts.host}:${port}/`);
        if (env.json)
          process.stdout.write(`${JSON.stringify({ listening: `http://${opts.host}:${port}/` })}\n`);
        await new Promise<void>((resolve) => {
          const stop = () => server.close(() => resolve());
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      });
    });
}
