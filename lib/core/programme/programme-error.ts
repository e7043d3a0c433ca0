/**
 * The one error every schedule parser throws for bad input.
 *
 * It carries where the problem is (file, line, XPath-like or JSON path, the
 * record it belongs to) and what is wrong (the field and the reason), and its
 * message reads like
 *   fosdem.xml, line 1234, event 'Foo' (/schedule/day[2]/room[3]/event[5]): field 'start' is '25:99', not a time (HH:MM)
 * Parsers do not know the file name; parseProgramme adds it with withFile().
 *
 * It is a DomainError "invalid" (lib/core/errors.ts), so every edge that maps
 * domain errors to a form message, an HTTP status or an exit status handles a
 * bad programme file without knowing this type; the positions ride along.
 */
import { DomainError } from "../errors";

export interface ProgrammeErrorLocation {
  file?: string;
  /** 1-based line in the source text. */
  line?: number;
  /** XPath-like (/schedule/day[2]) for XML, JSONPath-like ($.talks[3]) for JSON. */
  path?: string;
  field?: string;
  /** The record the problem is in, e.g. "event 'Foo'" or "row 12". */
  subject?: string;
}

export class ProgrammeError extends DomainError<ProgrammeErrorLocation> {
  file?: string;
  line?: number;
  path?: string;
  subject?: string;
  /** The message without the location prefix. */
  readonly reason: string;

  constructor(reason: string, location: ProgrammeErrorLocation = {}) {
    super("invalid", reason, { field: location.field, details: location });
    this.reason = reason;
    this.file = location.file;
    this.line = location.line;
    this.path = location.path;
    this.subject = location.subject;
    this.message = this.format();
  }

  /** Sets the file name (keeping one already set) and rebuilds the message. */
  withFile(file: string | undefined): this {
    if (file && !this.file) {
      this.file = file;
      this.options.details = { ...this.options.details, file };
      this.message = this.format();
    }
    return this;
  }

  private format(): string {
    const where: string[] = [];
    if (this.file) where.push(this.file);
    if (this.line !== undefined) where.push(`line ${this.line}`);
    if (this.subject && this.path) where.push(`${this.subject} (${this.path})`);
    else if (this.subject) where.push(this.subject);
    else if (this.path) where.push(this.path);
    return where.length > 0 ? `${where.join(", ")}: ${this.reason}` : this.reason;
  }
}

/** "field 'start' is '25:99', not a time (HH:MM)" */
export function invalidField(
  field: string,
  value: unknown,
  expected: string,
  location: Omit<ProgrammeErrorLocation, "field"> = {},
): ProgrammeError {
  return new ProgrammeError(`field '${field}' is ${quoteValue(value)}, ${expected}`, { ...location, field });
}

/** "field 'title' is missing" */
export function missingField(field: string, location: Omit<ProgrammeErrorLocation, "field"> = {}): ProgrammeError {
  return new ProgrammeError(`field '${field}' is missing`, { ...location, field });
}

export function quoteValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (typeof value === "string") {
    const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `'${short}'`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  return "an object";
}

/** "event 'Foo'": names a record by its title, shortened. */
export function describeRecord(kind: string, title: unknown): string {
  if (typeof title !== "string" || !title.trim()) return kind;
  const text = title.trim().replace(/\s+/g, " ");
  return `${kind} '${text.length > 50 ? `${text.slice(0, 47)}…` : text}'`;
}
