import type { VFile } from 'vfile';
import { fail, type Place } from '../messages/report.js';
import { unsupportedCharacters } from './charset.js';

/** Supported characters only, in NFC: what readSource demands of raw text. */
export function isCleanText(text: string): boolean {
  return unsupportedCharacters(text, 1).length === 0 && text === text.normalize('NFC');
}

/**
 * The checks every raw content file gets (supported characters, NFC), applied to a text after decoding: a YAML
 * escape ("\u0001") or a Markdown character reference (&#xFFFE;) spells a character the raw check never sees.
 * `spelled` says how the author wrote it, for the message. False (with a fatal message on `file`) when it fails.
 */
export function checkDecodedText(file: VFile, text: string, place: Place, spelled: string): boolean {
  const [bad] = unsupportedCharacters(text, 1);
  if (bad) {
    const code = `U+${bad.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    fail(file, 'text-charset', `The character ${code}, written as ${spelled}, cannot be printed with the book's font`, place);
    return false;
  }
  if (text !== text.normalize('NFC')) {
    fail(file, 'text-nfc', `The text written as ${spelled} is not in Unicode NFC once decoded`, place);
    return false;
  }
  return true;
}
