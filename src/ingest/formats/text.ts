/** Plain text files: the whole file is one source; a headline-like first line is its title. */
import { IngestError } from '../errors.ts';
import { headline, tidyText } from '../plain.ts';
import type { SourceDraft } from '../source.ts';

export function parseText(decoded: string): SourceDraft[] {
  const text = tidyText(decoded);
  if (text === '') throw new IngestError('empty', 'the file has only whitespace');
  return [
    {
      itemKey: '',
      title: headline(text, { blankLineAfter: true }),
      text,
      outlet: null,
      url: null,
      author: null,
      published: null,
    },
  ];
}
