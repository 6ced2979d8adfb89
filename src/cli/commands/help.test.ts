import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../program.ts';

/** Every command below the program, depth first, with its full name (`records show`). */
function everyCommand(command: Command, prefix = ''): [string, Command][] {
  return command.commands
    .filter((c) => c.name() !== 'help')
    .flatMap((c) => {
      const name = `${prefix}${c.name()}`;
      return [[name, c] as [string, Command], ...everyCommand(c, `${name} `)];
    });
}

describe('the help of every command', () => {
  const program = buildProgram();
  const commands = everyCommand(program);

  it('covers the nested commands too', () => {
    expect(commands.map(([n]) => n)).toEqual(expect.arrayContaining(['records show', 'claim accept']));
  });

  it.each(commands)('%s has a description in the house style (lower case, no full stop)', (_n, command) => {
    const text = command.description();
    expect(text.length).toBeGreaterThan(8);
    expect(text).toMatch(/^[a-z`]/);
    expect(text).not.toMatch(/\.$/);
  });

  it.each([['objector', program] as [string, Command], ...commands])(
    '%s lists --json once',
    (_n, command) => {
      const listed = command.helpInformation().match(/^\s+--json\b/gm) ?? [];
      expect(listed).toHaveLength(1);
    },
  );

  it('lists only the program’s options as global, not a parent command’s filters', () => {
    const show = program.commands
      .find((c) => c.name() === 'records')!
      .commands.find((c) => c.name() === 'show')!;
    expect(show.helpInformation()).not.toContain('--kind');
    expect(show.helpInformation()).toContain('--data <dir>');
  });
});
