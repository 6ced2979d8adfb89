/**
 * Parsing of mention JSON lines with errors that name the line (never its content:
 * lines hold personal data).
 */
import { type Mention, MentionSchema } from './mention.ts';

/** A malformed input line. */
export class MentionInputError extends Error {
  readonly code = 'RESOLVE_BAD_MENTION' as const;
  readonly expected = true;

  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'MentionInputError';
  }
}

/** Parses JSONL text into mentions; blank lines are skipped. Throws MentionInputError. */
export function parseMentionLines(text: string): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new MentionInputError(i + 1, 'not valid JSON');
    }
    const parsed = MentionSchema.safeParse(value);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((x) => x.path.join('.') || '(line)'))].join(', ');
      throw new MentionInputError(i + 1, `not a mention (check: ${fields})`);
    }
    if (seen.has(parsed.data.id)) throw new MentionInputError(i + 1, 'duplicate id');
    seen.add(parsed.data.id);
    out.push(parsed.data);
  }
  return out;
}
