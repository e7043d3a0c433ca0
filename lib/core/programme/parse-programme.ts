/**
 * The importer's one entry point: text (+ file name) → Programme.
 *
 * Refuses text of MAX_PROGRAMME_BYTES (50 MB = 50,000,000 bytes) or more,
 * measured in UTF-8 bytes without copying the string; detects the format unless options.format
 * says (the command line's --format); dispatches to the format's parser; and
 * puts the file name into every ProgrammeError. Formats that carry no
 * conference name (Sessionize) get one from the file name, e.g.
 * "global-azure-bootcamp-2020-linz-sessionize.json" → "Global Azure Bootcamp 2020 Linz".
 * Callers should also check a file's size before reading it into memory.
 */
import type { Programme, ProgrammeConference } from "./types";
import { detectFormat, type ProgrammeFormat } from "./detect-format";
import { parseC3vocJson } from "./parse-c3voc-json";
import { parseFrabXml } from "./parse-frab-xml";
import { parseHallwayCsv } from "./parse-hallway-csv";
import { parseHallwayJson } from "./parse-hallway-json";
import { parseIcal } from "./parse-ical";
import { parseSessionizeJson } from "./parse-sessionize-json";
import type { ParseOptions } from "./programme-builder";
import { ProgrammeError } from "./programme-error";
import { MAX_PROGRAMME_BYTES } from "../../validations/programme";

export { MAX_PROGRAMME_BYTES };

export interface ParseProgrammeOptions {
  filename?: string;
  format?: ProgrammeFormat;
  conferenceSlug?: string;
  /** Fills what the file leaves out: a time zone, a name. File values win. */
  conference?: Partial<ProgrammeConference>;
}

const PARSERS: Record<ProgrammeFormat, (text: string, options: ParseOptions) => Programme> = {
  "frab-xml": parseFrabXml,
  "c3voc-json": parseC3vocJson,
  "sessionize-json": parseSessionizeJson,
  ical: parseIcal,
  "hallway-json": parseHallwayJson,
  "hallway-csv": parseHallwayCsv,
};

export function parseProgramme(text: string, options: ParseProgrammeOptions = {}): Programme {
  const file = options.filename ? baseName(options.filename) : undefined;
  try {
    // Cheap exits first: a string's UTF-8 length is between length and 3 × length.
    const bytes = text.length * 3 < MAX_PROGRAMME_BYTES ? 0 : utf8ByteLength(text);
    if (bytes >= MAX_PROGRAMME_BYTES) {
      throw new ProgrammeError(
        `the file is ${formatMegabytes(bytes)} (${bytes.toLocaleString("en")} bytes); files must be smaller than ${formatMegabytes(MAX_PROGRAMME_BYTES)}`,
      );
    }
    const format = options.format ?? detectFormat(text, file);
    const parser = PARSERS[format];
    const fallbackName = file ? nameFromFilename(file) : undefined;
    const conference = { ...(fallbackName ? { name: fallbackName } : {}), ...options.conference };
    return parser(text, { conferenceSlug: options.conferenceSlug, conference });
  } catch (error) {
    if (error instanceof ProgrammeError) throw error.withFile(file);
    throw error;
  }
}

/** UTF-8 length of a JS string, counted from its UTF-16 code units without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** "global-azure-bootcamp-2020-linz-sessionize.json" → "Global Azure Bootcamp 2020 Linz" */
export function nameFromFilename(file: string): string | undefined {
  const words = file
    .replace(/\.[a-z0-9]+$/i, "")
    .split(/[\s_\-.]+/)
    .filter((w) => w && !/^(sessionize|schedule|programme|program|export|all|data|agenda|calendar|frab|pentabarf|pretalx|c3voc)$/i.test(w));
  if (words.length === 0) return undefined;
  return words.map((w) => (/^[a-z]/.test(w) ? w[0]?.toUpperCase() + w.slice(1) : w)).join(" ");
}
