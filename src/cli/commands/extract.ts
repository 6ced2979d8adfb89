// Placeholder: replaced by the extraction work (issue 3).
import type { Command } from 'commander';

export function register(_program: Command): void {}
