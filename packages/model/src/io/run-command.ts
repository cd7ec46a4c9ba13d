import { InputError } from './input-error.js';

/** Exit status of a command that failed because of a bug (sysexits' EX_SOFTWARE); user errors exit 1. */
export const BUG_EXIT_CODE = 70;

/** An error Node's fs or child_process raised for a path the user chose (EACCES, ENOSPC, EROFS, …). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/**
 * Run a command's main function. A user error (InputError, or a file-system error on a path the user chose) prints
 * `name: message` on one line and exits 1; anything else is a bug: its stack is printed, marked as a bug, exit 70.
 */
export function runCommand(name: string, main: () => void | Promise<void>): void {
  const fail = (error: unknown): void => {
    if (error instanceof InputError || isSystemError(error)) {
      process.stderr.write(`${name}: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    process.stderr.write(`${name}: bug: ${stack}\n${name}: this is a bug in ${name}, not a problem with your content or files; please report it with the stack above\n`);
    process.exitCode = BUG_EXIT_CODE;
  };
  try {
    const done = main();
    if (done instanceof Promise) done.catch(fail);
  } catch (error) {
    fail(error);
  }
}
