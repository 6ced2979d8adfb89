/**
 * `objector pfif import FILE...` and `objector pfif export [--out FILE]`:
 * PFIF 1.4 exchange with other missing-person systems. Actions in
 * ../actions/pfif.ts.
 */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

const actions = () => import('../actions/pfif.ts');

export function register(program: Command): void {
  const pfif = program
    .command('pfif')
    .description('exchange case files with other missing-person systems (PFIF 1.4)');
  pfif
    .command('import')
    .description('import PFIF 1.4 files: each person becomes a case in triage (re-importing changes nothing)')
    .argument('<files...>')
    .addHelpText('after', '\nWith --json: one result per file.')
    .action(lazy(actions, 'pfifImport'));
  pfif
    .command('export')
    .description('export person cases as a PFIF 1.4 document (personal data: audited per case)')
    .option('--out <file>', 'write to a new file (mode 0600) instead of standard output')
    .option('--case <id>', 'one case only')
    .option('--state <state>', 'only cases in this state: triage, open or closed')
    .option(
      '--domain <domain>',
      'domain of the record ids of cases opened here (default: OBJECTOR_PFIF_DOMAIN, else objector.invalid)',
    )
    .option('--source-name <name>', 'the exporting organisation, as author and source of its records')
    .addHelpText('after', '\nWith --json: {"persons", "notes", "out"}, and "xml" without --out.')
    .action(lazy(actions, 'pfifExport'));
}
