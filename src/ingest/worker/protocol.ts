/**
 * Messages between the request loop and a parse worker. Errors cross the
 * thread boundary as plain data (class instances do not survive structured
 * cloning) and are rebuilt as the typed errors they were.
 */
import { CaseError, type CaseErrorCode } from '../../cases/errors.ts';
import { IngestError, type IngestErrorCode, type IngestErrorLocation } from '../errors.ts';
import type { ParsedSource } from '../source.ts';

/** Work a parse worker does: one input file, or one PFIF document. */
export type ParseJob =
  | { kind: 'file'; path: string; bytes: Uint8Array }
  | { kind: 'pfif'; xml: string; source: string };

export interface JobRequest {
  id: number;
  job: ParseJob;
}

/** An error as data: which typed error it was, or 'other' (a bug: nothing of its message is kept). */
export type WireError =
  | {
      type: 'ingest';
      code: IngestErrorCode;
      message: string;
      path: string | null;
      location: IngestErrorLocation | null;
    }
  | { type: 'case'; code: CaseErrorCode; message: string }
  | { type: 'other'; name: string };

export type JobResponse =
  | { ready: true }
  | { id: number; ok: true; value: ParsedSource[] | unknown }
  | { id: number; ok: false; error: WireError };

/** `error` as data for the other thread. */
export function toWire(error: unknown): WireError {
  if (error instanceof IngestError) {
    return {
      type: 'ingest',
      code: error.code,
      message: error.message,
      path: error.path,
      location: error.location,
    };
  }
  if (error instanceof CaseError) return { type: 'case', code: error.code, message: error.message };
  // Messages of unexpected errors can quote the document; only the kind of error crosses.
  return { type: 'other', name: error instanceof Error ? error.name : typeof error };
}

/** The typed error `wire` describes; an unexpected error becomes IngestError 'parse_failed'. */
export function fromWire(wire: WireError): Error {
  if (wire.type === 'ingest') {
    return new IngestError(wire.code, wire.message, { path: wire.path, location: wire.location });
  }
  if (wire.type === 'case') return new CaseError(wire.code, wire.message);
  return new IngestError('parse_failed', `the parser failed (${wire.name.slice(0, 40)}); please report this`);
}
