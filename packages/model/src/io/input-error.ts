/**
 * A problem with what the user gave a command (an option, a file, a folder), not with the code: commands print its
 * message as one line, without a stack. Anything else a command throws is a bug (see runCommand).
 */
export class InputError extends Error {
  override name = 'InputError';
}
