/**
 * The only part of ingest that touches the file system: listing the input
 * files named on a command line and reading one of them with a size limit.
 * Everything after this works on bytes.
 */
import type { Dirent } from 'node:fs';
import { type FileHandle, open, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { IngestError } from './errors.ts';

/** Default largest file read, in bytes (20 MiB); callers may pass another limit. */
export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Media folders Telegram Desktop writes beside result.json: skipped in a folder that holds one. */
const TELEGRAM_MEDIA_FOLDERS: ReadonlySet<string> = new Set([
  'photos',
  'files',
  'video_files',
  'voice_messages',
  'round_video_messages',
  'stickers',
  'animations',
  'audio_files',
  'contacts',
]);

/** An entry of a folder that was not listed, and why (never its content). */
export interface SkippedInput {
  path: string;
  code: 'symlink';
  reason: string;
}

export interface InputListing {
  files: string[];
  skipped: SkippedInput[];
}

/**
 * The files to ingest for `paths`, sorted (by code point) and without
 * repeats, and the folder entries left out on purpose. A file named directly
 * is always listed (a symbolic link named on the command line is followed:
 * the person chose it). A folder is walked recursively, skipping hidden
 * entries (names starting with '.') and, next to a Telegram export's
 * result.json, its media folders; every other file is listed, so a file of an
 * unsupported kind is reported rather than silently left out. Symbolic links
 * inside a folder are never followed: a link can point anywhere the process
 * can read (the key file, another user's home), and a file inside the folder
 * is listed under its own name anyway. They are returned in `skipped`.
 * A path that does not exist is an IngestError 'not_found'.
 */
export async function listInputs(paths: string[]): Promise<InputListing> {
  const found = new Map<string, string>();
  const skipped: SkippedInput[] = [];
  const add = (file: string) => {
    const key = resolve(file);
    if (!found.has(key)) found.set(key, file);
  };
  for (const path of paths) {
    const info = await statOrThrow(path);
    if (info.isFile()) add(path);
    else if (info.isDirectory()) for (const file of await walk(path, skipped)) add(file);
    else throw new IngestError('unreadable', 'not a regular file or folder', { path });
  }
  skipped.sort((a, b) => compareCodePoints(a.path, b.path));
  return { files: [...found.values()].sort(compareCodePoints), skipped };
}

/** The files of listInputs, without the skipped entries. */
export async function listInputFiles(paths: string[]): Promise<string[]> {
  return (await listInputs(paths)).files;
}

async function walk(dir: string, skipped: SkippedInput[]): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw fileSystemError(error, dir);
  }
  const telegramExport = entries.some((entry) => entry.name === 'result.json' && !entry.isDirectory());
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      skipped.push({
        path,
        code: 'symlink',
        reason: 'a symbolic link inside a folder is not followed; name its target directly to ingest it',
      });
    } else if (entry.isDirectory()) {
      if (!(telegramExport && TELEGRAM_MEDIA_FOLDERS.has(entry.name)))
        files.push(...(await walk(path, skipped)));
    } else if (entry.isFile()) {
      files.push(path);
    }
  }
  return files;
}

/**
 * The bytes of `path`, refusing files larger than `maxBytes` without reading
 * them (the size is checked on the open handle, and reading stops one byte
 * past the limit in case the file grew meanwhile).
 */
export async function readInput(
  path: string,
  maxBytes: number = DEFAULT_MAX_INPUT_BYTES,
): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileSystemError(error, path);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new IngestError('unreadable', 'not a regular file', { path });
    if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
    const buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(path, null, maxBytes); // it grew since stat
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw error instanceof IngestError ? error : fileSystemError(error, path);
  } finally {
    await handle.close();
  }
}

function tooLarge(path: string, size: number | null, maxBytes: number): IngestError {
  const what = size === null ? 'the file is larger than' : `the file is ${formatBytes(size)}, above`;
  return new IngestError(
    'too_large',
    `${what} the limit of ${formatBytes(maxBytes)}; raise the limit or split the file`,
    {
      path,
    },
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes} bytes`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

async function statOrThrow(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    throw fileSystemError(error, path);
  }
}

function fileSystemError(error: unknown, path: string): IngestError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new IngestError('not_found', 'no such file or folder', { path });
  }
  if (code === 'EACCES' || code === 'EPERM')
    return new IngestError('unreadable', 'permission denied', { path });
  if (code === 'EISDIR') return new IngestError('unreadable', 'a folder, not a file', { path });
  return new IngestError('unreadable', `cannot be read (${code ?? 'unknown error'})`, { path });
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
