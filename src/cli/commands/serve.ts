/** `objector serve`: the HTTP API and the web application. Action in ../actions/serve.ts. */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

export function register(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP server (default port 8080, or PORT)')
    .option('--port <n>', 'port to listen on', (v) => Number.parseInt(v, 10))
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--sample', 'load the invented sample corpus on the first start of a new store')
    .action(lazy(() => import('../actions/serve.ts'), 'serve'));
}
