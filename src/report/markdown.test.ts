import { describe, expect, it } from 'vitest';
import type { CountGroup } from '../counts/types.ts';
import type { KbEntity, KbLink } from '../kb/build.ts';
import { loadNameLexicon } from '../resolve/names/load.ts';
import { pseudonym, type ReportInput, renderReport } from './markdown.ts';

// Invented people and sources.
const person = (id: string, name: string, role: string): KbEntity => ({
  id,
  kind: 'person',
  key: id,
  name,
  data: { roles: { [role]: 1 } },
});
const entities: KbEntity[] = [
  person('e1', 'Invented Soldierov', 'soldier'),
  person('e2', 'Invented Motherova', 'relative'),
  person('e3', 'Invented Generalov', 'commander'),
  {
    id: 'e4',
    kind: 'unit',
    key: '901-brigade',
    name: '901st Test Brigade',
    data: { vch: ['99001'], garrison: 'Somewhere' },
  },
];
const links: KbLink[] = entities.map((e, i) => ({
  entityId: e.id,
  claimId: `c${i}`,
  sourceId: i % 2 ? 's2' : 's1',
  relation: 'mention',
}));
const group: CountGroup = {
  key: { type: 'detention', unit: '*', place: '*', month: '*' },
  lowerBound: 36,
  evidence: 'several_sources',
  reviewed: false,
  facts: ['f'],
  claims: ['c1'],
  sources: ['s2', 's1'],
  why: [],
};
const input: ReportInput = {
  sources: [
    {
      id: 's1',
      title: 'First test report',
      outlet: 'Test Ledger',
      url: 'https://ledger.example.org/a',
      published: '2024-03-11',
      duplicateOf: null,
    },
    { id: 's2', title: 'Second', outlet: 'Other Post', url: null, published: null, duplicateOf: 's1' },
  ],
  groups: [group],
  names: {},
  entities,
  links,
};

describe('Markdown report', () => {
  it('pseudonymises private individuals by default and names public roles', () => {
    const md = renderReport(input);
    expect(md).not.toContain('Invented Soldierov');
    expect(md).not.toContain('Invented Motherova');
    expect(md).toContain('Soldier A');
    expect(md).toContain('Relative A');
    expect(md).toContain('Invented Generalov');
  });

  it('shows names with the names option', () => {
    expect(renderReport(input, { names: true })).toContain('Invented Soldierov');
  });

  it('cites counts, units and sources, and marks reprints', () => {
    const md = renderReport(input);
    expect(md).toMatch(
      /\| detention \| all \| all \| all \| 36 \| several independent sources, unreviewed \| \[1\]\[2\] \|/,
    );
    expect(md).toContain('901st Test Brigade (`901-brigade`; в/ч 99001; garrison Somewhere)');
    expect(md).toContain('[1] First test report — Test Ledger — 2024-03-11 — <https://ledger.example.org/a>');
    expect(md).toContain('[2] Second — Other Post — source s2 (reprint of [1])');
  });

  it('makes pseudonyms past Z', () => {
    expect(pseudonym('soldier', 0)).toBe('Soldier A');
    expect(pseudonym('soldier', 26)).toBe('Soldier AA');
  });

  const withSource = (source: Partial<ReportInput['sources'][number]>, extra: Partial<ReportInput> = {}) =>
    renderReport({
      ...input,
      ...extra,
      sources: [
        { id: 's1', title: null, outlet: null, url: null, published: null, duplicateOf: null, ...source },
      ],
    });
  const sourcesOf = (md: string) => md.slice(md.indexOf('## Sources'));

  it('withholds titles, outlets and addresses that name a pseudonymised person, unless names are asked for', () => {
    const leaky = {
      title: 'Private Invented Soldierov deserted from the 901st',
      outlet: 'Motherova family blog',
      url: 'https://news.example.org/2024/invented-soldierov-deserted',
    };
    const md = withSource(leaky);
    expect(md).not.toMatch(/Soldierov|Motherova/i);
    expect(sourcesOf(md)).toContain('withheld: names a private person');
    expect(md).toContain('3 title(s), outlet(s) or address(es) withheld');
    // A public role is named anyway, so it is not withheld from a title either.
    expect(withSource({ title: 'General Generalov speaks' })).toContain('General Generalov speaks');
    const named = renderReport(
      { ...input, sources: [{ id: 's1', duplicateOf: null, published: null, ...leaky }] },
      { names: true },
    );
    expect(named).toContain('Private Invented Soldierov deserted');
  });

  it('catches a name in a percent-encoded address, an extra spelling, and another script', () => {
    const encoded = withSource({ url: 'https://news.example.org/?q=Invented%20Soldierov' });
    expect(encoded).not.toContain('Soldierov');
    const extra = withSource(
      { title: 'Interview with Invented Soldierova-Petrenko' },
      { privateNames: ['Petrenko'] },
    );
    expect(extra).not.toContain('Petrenko');
    const fold = loadNameLexicon().folder.skeleton;
    const cyrillic: KbEntity = person('e9', 'Захар Булкотрусов', 'soldier');
    const latin = withSource(
      { url: 'https://news.example.org/zakhar-bulkotrusov-dezertiroval' },
      { entities: [...entities, cyrillic], nameFold: fold },
    );
    expect(latin).not.toMatch(/bulkotrusov/i);
  });

  it('prints stored text as text: no HTML, no Markdown structure, no terminal controls, only http(s) links', () => {
    const md = withSource({
      title:
        '<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** | cell',
      outlet: 'Outlet\u001b]52;c;SGVsbG8=\u0007\u001b]0;title\u0007\u001b[8mhidden\nline',
      url: 'javascript:alert(document.cookie)',
    });
    const line = sourcesOf(md).split('\n')[2]!;
    expect(line).not.toMatch(/<script|<img|(?<!\\)\]\(|(?<!\\)\*\*bold/);
    expect(line).toContain('&lt;script&gt;');
    expect(line).toContain('\\[click\\](javascript:alert(1))');
    expect(line).toContain('\\| cell');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the report.
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(line).toContain('\\\\x1b\\]52;c;SGVsbG8=');
    // javascript: is shown, not linked; an http(s) address becomes an autolink the URL parser wrote.
    expect(line).toMatch(/— javascript:alert\(document\.cookie\)$/);
    expect(line).not.toContain('<javascript');
    expect(withSource({ url: 'https://a.example/p?q=<b>"x"' })).toContain(
      '<https://a.example/p?q=%3Cb%3E%22x%22>',
    );
    expect(withSource({ url: 'data:text/html,<script>alert(1)</script>' })).not.toContain('<script');
  });

  it('escapes names, roles and record names wherever they are printed', () => {
    const hostile: KbEntity[] = [
      person('h1', '<b onmouseover=alert(1)>Invented Chiefov</b>', 'commander'),
      {
        id: 'h2',
        kind: 'organization',
        key: 'x',
        name: '# [Fake](http://evil.example) Org',
        data: { kind: 'ngo' },
      },
    ];
    const md = renderReport({ ...input, entities: [...entities, ...hostile] });
    expect(md).not.toContain('<b onmouseover');
    expect(md).toContain('&lt;b onmouseover=alert(1)&gt;Invented Chiefov&lt;/b&gt;');
    expect(md).toContain('- \\# \\[Fake\\](http://evil.example) Org (ngo)');
  });
});
