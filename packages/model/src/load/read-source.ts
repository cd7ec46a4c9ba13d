import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { fail } from '../messages/report.js';
import { unsupportedCharacters } from './charset.js';
import { fileKind, kindOf } from './file-kind.js';
import { firstNonNfc } from './nfc-position.js';

export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

// ignoreBOM keeps a BOM in the text, so it can be reported instead of silently dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Read one content file as text, reporting anything that would make its text untrustworthy: size, invalid
 * UTF-8 (with the byte offset), a BOM, CRLF line ends, text not in NFC. `file.value` is set only when the text
 * can be parsed; otherwise the file carries the fatal messages and nothing else should read it.
 */
export function readSource(path: string, displayPath: string): VFile {
  const file = new VFile({ path: displayPath });
  const bytes = readCapped(path, file);
  if (!bytes) return file;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset));
    fail(file, 'encoding-utf8', `Invalid UTF-8 at byte offset ${offset}`, location(before + ' ').toPoint(before.length));
    return file;
  }
  if (text.trim() === '') {
    fail(file, 'file-empty', 'The file is empty', { line: 1, column: 1 });
    return file;
  }
  if (text.startsWith('\uFEFF')) {
    fail(file, 'encoding-bom', 'The file starts with a byte order mark (BOM)', { line: 1, column: 1 });
    return file;
  }
  const place = location(text);
  const crlf = text.indexOf('\r');
  if (crlf !== -1) {
    fail(file, 'line-endings', 'The file has CR (Windows) line endings', place.toPoint(crlf));
    return file;
  }
  if (text !== text.normalize('NFC')) {
    fail(file, 'text-nfc', 'The text is not in Unicode NFC', place.toPoint(firstNonNfc(text)));
    return file;
  }
  const unsupported = unsupportedCharacters(text);
  for (const { offset, char } of unsupported) {
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    fail(file, 'text-charset', `The character ${code} cannot be printed with the book's font`, place.toPoint(offset));
  }
  if (unsupported.length) return file;
  file.value = text;
  return file;
}

/**
 * The bytes of a plain file, read through one descriptor that refuses symbolic links (O_NOFOLLOW) and never blocks
 * on a pipe (O_NONBLOCK), checked to be a plain file and read only up to the size limit; undefined (with the
 * message on `file`) for anything else, so a link to /dev/zero or a FIFO can neither hang nor flood the loader.
 */
function readCapped(path: string, file: VFile): Uint8Array | undefined {
  const kind = fileKind(path);
  if (kind !== 'file') {
    if (kind === 'missing') fail(file, 'file-missing', `${file.path} does not exist`, undefined);
    else fail(file, 'file-not-regular', `${file.path} is a ${kind}, not a plain file`, undefined);
    return undefined;
  }
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    fail(file, 'file-not-regular', `${file.path} cannot be opened as a plain file (${(error as NodeJS.ErrnoException).code})`, undefined);
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      fail(file, 'file-not-regular', `${file.path} is a ${kindOf(stats)}, not a plain file`, undefined);
      return undefined;
    }
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_SOURCE_BYTES) + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_SOURCE_BYTES) {
      fail(file, 'file-too-large', `The file is over the limit of ${MAX_SOURCE_BYTES} bytes`, undefined);
      return undefined;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that fails to decode; the error lies at its end.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, mid), { stream: true });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  // `good` ends a prefix that decodes in streaming mode; an unfinished sequence at its end is where the error starts.
  let start = good;
  while (start > 0 && good - start < 3 && (bytes[start - 1]! & 0xc0) === 0x80) start--;
  if (start > 0 && bytes[start - 1]! >= 0xc0) start--;
  return start;
}
