/**
 * Errors about writeup files (markdown with front matter), located the way a
 * person fixes them:
 *   trip.md, line 3: front matter field 'conference' names 'nope-2019', which is not a conference on this site
 *
 * WriteupFileError is one problem in one file; WriteupImportError gathers every
 * problem of a batch, so an author moving fifty posts over sees all of them at
 * once instead of fixing them one run at a time. Nothing is written while any
 * problem stands.
 */

export interface WriteupFileLocation {
  file?: string;
  /** 1-based line in the file. */
  line?: number;
  /** The front matter field the problem is about. */
  field?: string;
}

export class WriteupFileError extends Error {
  file?: string;
  line?: number;
  field?: string;
  /** The message without the location prefix. */
  readonly reason: string;

  constructor(reason: string, location: WriteupFileLocation = {}) {
    super(reason);
    this.name = "WriteupFileError";
    this.reason = reason;
    this.file = location.file;
    this.line = location.line;
    this.field = location.field;
    this.message = this.format();
  }

  /** Sets the file name (keeping one already set) and rebuilds the message. */
  withFile(file: string): this {
    if (!this.file) {
      this.file = file;
      this.message = this.format();
    }
    return this;
  }

  private format(): string {
    const where = [this.file, this.line === undefined ? undefined : `line ${this.line}`].filter(Boolean);
    return where.length ? `${where.join(", ")}: ${this.reason}` : this.reason;
  }
}

export class WriteupImportError extends Error {
  readonly problems: WriteupFileError[];

  constructor(problems: WriteupFileError[]) {
    super(problems.map((p) => p.message).join("\n"));
    this.name = "WriteupImportError";
    this.problems = problems;
  }
}

/** 'live', 3, a list: how a value is named in a message. */
export function quoteValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "empty";
  if (typeof value === "string") return `'${value.length > 60 ? `${value.slice(0, 57)}…` : value}'`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  return "a nested mapping";
}
