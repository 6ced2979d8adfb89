/**
 * The parse worker thread: runs parsers on jobs from the pool and posts back
 * the result or the error as data. It holds no state between jobs, so the
 * pool may stop it at any moment (time budget) without losing anything.
 */
import { parentPort } from 'node:worker_threads';
import { parsePfif } from '../../cases/pfif/parse.ts';
import { parseFile } from '../parse.ts';
import { type JobRequest, type JobResponse, type ParseJob, toWire } from './protocol.ts';

function run(job: ParseJob): unknown {
  if (job.kind === 'file') return parseFile(job.path, job.bytes);
  return parsePfif(job.xml, job.source);
}

const port = parentPort;
if (port) {
  port.on('message', ({ id, job }: JobRequest) => {
    let response: JobResponse;
    try {
      response = { id, ok: true, value: run(job) };
    } catch (error) {
      response = { id, ok: false, error: toWire(error) };
    }
    port.postMessage(response);
  });
  port.postMessage({ ready: true } satisfies JobResponse);
}
