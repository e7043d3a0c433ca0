/**
 * How the command line ends when something goes wrong: one place that turns
 * an error into what a person reads on stderr and the exit status.
 *
 *   2  bad input: a usage mistake, a file that doesn't parse, a step that
 *      needs --yes (DomainError "invalid" maps here through EXIT_STATUS);
 *   3–6 the other DomainError codes, from EXIT_STATUS in lib/core/errors.ts;
 *   1  anything else: a bug or a fault, shown without a stack trace.
 */
import { EXIT_STATUS, isDomainError } from "@/lib/core/errors";
import { ProgrammeError } from "@/lib/core/programme/programme-error";
import { WriteupImportError } from "@/lib/core/writeups/writeup-file-error";

/** A command used the wrong way; the usage is printed after the message. */
export class UsageError extends Error {}

/** Refused until the user says --yes; the message says what would happen. */
export class NeedsConfirmation extends Error {}

const BAD_INPUT = 2;
const FAILURE = 1;

const isParseArgsError = (error: unknown) => error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");

/** Writes the message for `error` and returns the exit status. */
export function reportError(error: unknown, usage: string, write: (text: string) => void = (text) => process.stderr.write(text)): number {
  if (error instanceof UsageError || isParseArgsError(error)) {
    write(`hallway: ${(error as Error).message}\n\n${usage}\n`);
    return BAD_INPUT;
  }
  if (error instanceof NeedsConfirmation) {
    write(`${error.message}\n`);
    return BAD_INPUT;
  }
  if (error instanceof WriteupImportError) {
    for (const p of error.problems) write(`hallway: ${p.message}\n`);
    write("Nothing was imported.\n");
    return BAD_INPUT;
  }
  if (error instanceof ProgrammeError) {
    write(`hallway: ${error.message}\nNothing was imported.\n`);
    return BAD_INPUT;
  }
  if (isDomainError(error)) {
    write(`hallway: ${error.message}\n`);
    return EXIT_STATUS[error.code];
  }
  write(`hallway: ${error instanceof Error ? error.message : String(error)}\n`);
  return FAILURE;
}
