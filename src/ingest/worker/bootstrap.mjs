// Entry of a parse worker thread. The sources are TypeScript run through tsx
// (no build step), and a worker thread does not share its parent's loader
// hooks on Node 20, so the worker registers tsx itself before loading them.
// Plain JavaScript on purpose: this file must load before any TypeScript can.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
