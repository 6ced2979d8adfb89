#!/usr/bin/env node
// Entry point for `npx objector`. The sources are TypeScript run through tsx's
// loader, so there is no build step that could go stale between edits and runs.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
