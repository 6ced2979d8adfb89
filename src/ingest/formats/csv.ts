/**
 * CSV files: a header row, then one source per row. Columns (case and
 * surrounding spaces ignored): text (required), title, url, outlet, author,
 * published, language; others are ignored. The delimiter is whichever of
 * comma, semicolon and tab the header uses most (spreadsheets in Russian
 * locales save with semicolons). Rows are numbered by the line they start
 * on, the header being row 1; that number is the row's itemKey.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { IngestError } from '../errors.ts';
import { METADATA_FIELDS, type MetadataField, readMetadata } from '../metadata.ts';
import { tidyText } from '../plain.ts';
import type { SourceDraft } from '../source.ts';

type Column = MetadataField | 'text';
const COLUMNS: ReadonlySet<string> = new Set<Column>(['text', ...METADATA_FIELDS]);

interface Row {
  fields: string[];
  line: number;
}

export function parseCsv(decoded: string): SourceDraft[] {
  const input = decoded.replace(/\r\n?/g, '\n');
  const rows = readRows(input, sniffDelimiter(input));
  const header = rows.shift();
  if (!header) throw new IngestError('empty', 'the file has no rows');
  const columns = headerColumns(header.fields);
  const sources: SourceDraft[] = [];
  for (const row of rows) {
    if (row.fields.every((field) => field.trim() === '')) continue; // blank spreadsheet rows
    if (
      row.fields.length > header.fields.length &&
      row.fields.slice(header.fields.length).some((f) => f.trim())
    ) {
      throw rowError(
        row,
        `row ${row.line} has ${row.fields.length} fields but the header has ${header.fields.length}`,
      );
    }
    sources.push(toSource(row, columns));
  }
  if (sources.length === 0) throw new IngestError('empty', 'the file has a header but no rows');
  return sources;
}

function toSource(row: Row, columns: Map<Column, number>): SourceDraft {
  const get = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? undefined : row.fields[index];
  };
  const text = tidyText(get('text') ?? '');
  if (text === '') throw rowError(row, `row ${row.line} has no text`);
  const meta = readMetadata(Object.fromEntries(METADATA_FIELDS.map((field) => [field, get(field)])));
  if (!meta.ok) throw rowError(row, `row ${row.line}: ${meta.field} ${meta.problem}`);
  return { itemKey: String(row.line), text, ...meta.value };
}

/** Column name → field index; the header must name a text column, and no column twice. */
function headerColumns(names: string[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  for (const [index, raw] of names.entries()) {
    const name = raw.trim().toLowerCase();
    if (!COLUMNS.has(name)) continue;
    if (columns.has(name as Column)) {
      throw new IngestError('invalid_csv', `the header names the column "${name}" twice`, {
        location: { row: 1 },
      });
    }
    columns.set(name as Column, index);
  }
  if (!columns.has('text')) {
    throw new IngestError(
      'invalid_csv',
      'the first row must be a header naming the columns, one of them "text" (see docs/formats.md)',
      { location: { row: 1 } },
    );
  }
  return columns;
}

function readRows(input: string, delimiter: string): Row[] {
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(input, {
      delimiter,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) throw csvSyntaxError(error);
    throw error;
  }
  return records.map(({ record, raw, info }) => {
    // info.lines is the line a record ends on; raw holds the record (after any skipped blank lines).
    const body = raw.replace(/^\n+/, '');
    const breaks = (body.match(/\n/g)?.length ?? 0) - (body.endsWith('\n') ? 1 : 0);
    return { fields: record, line: info.lines - breaks };
  });
}

/** The delimiter the header line uses most, outside quotes. */
function sniffDelimiter(input: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of input) {
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

function rowError(row: Row, message: string): IngestError {
  return new IngestError('invalid_csv', message, { location: { row: row.line, line: row.line } });
}

/** csv-parse's own messages can quote field values; this one says only where and what. */
function csvSyntaxError(error: CsvError): IngestError {
  const lines: unknown = (error as unknown as { lines?: unknown }).lines;
  const line = typeof lines === 'number' ? lines : null;
  const where = line !== null ? ` at line ${line}` : '';
  const what: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: `a quoted field opened${where} is never closed`,
    INVALID_OPENING_QUOTE: `a double quote inside an unquoted field${where}; quote the whole field and double the inner quote ("")`,
    CSV_INVALID_CLOSING_QUOTE: `unexpected characters after a closing quote${where}`,
  };
  return new IngestError(
    'invalid_csv',
    what[error.code] ?? `the CSV cannot be read${where} (${error.code})`,
    {
      location: line !== null ? { line } : null,
    },
  );
}
