// Placeholder: replaced by the person resolution work (issue 4).
import type { Command } from 'commander';

export function register(_program: Command): void {}
