#!/usr/bin/env node
// Entry point for `npx objector`. The sources are TypeScript run through tsx's
// loader, so there is no build step that could go stale between edits and runs.
import { register } from 'tsx/esm/api';

// Everything objector writes (database files, key file, anchor, exports) is for
// its owner only: files are created private instead of being tightened later.
if (process.platform !== 'win32') process.umask(0o077);

register();
await import('../src/cli/main.ts');
