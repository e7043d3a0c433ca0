/**
 * Hallway CSV: a programme typed up in a spreadsheet → Programme.
 *
 * RFC 4180 (read by csv-parse): comma-separated, fields with commas, quotes or
 * line breaks are wrapped in double quotes, a quote inside is doubled ("");
 * CRLF, LF or CR; a UTF-8 BOM is ignored. The first row is the header. One row
 * per talk.
 *
 * Columns (case, spaces, "_" and "-" in names do not matter; only title is required):
 *   id         the talk's own id (kept as sourceId, so a re-import matches it)
 *   title      required
 *   subtitle, kind (talk | keynote | workshop | panel | lightning | other; default talk),
 *   level, track, room, abstract, url
 *   day        YYYY-MM-DD
 *   start, end HH:MM on that day in the conference time zone, or ISO date-times with offset
 *   speakers   names separated by ";", each "Name" or "Name (Affiliation)":
 *              "Liz Rice (Aqua Security); Diogo Mónica (Docker)"
 *   slides, video   URLs, kept as the talk's links
 * Conference columns, optional, the same on every row that fills them (or
 * give the conference in options.conference):
 *   conference (its name), conference_slug, timezone, location, venue, starts_on, ends_on, conference_url
 *
 * Rows become a Hallway JSON object checked by the same zod schema as Hallway
 * JSON, so the rules match; errors name the line of the row and the column.
 * A speaker is one person per normalized name across rows.
 */
import { CsvError, parse } from "csv-parse/sync";
import type { Programme } from "./types";
import { normalizeName } from "../text/normalize";
import { slugify, uniqueSlug } from "../text/slugify";
import { hallwayProgrammeSchema, type HallwayProgrammeInput } from "../../validations/programme";
import { hallwayToProgramme, programmeErrorFromZod } from "./parse-hallway-json";
import type { ParseOptions } from "./programme-builder";
import { describeRecord, ProgrammeError, type ProgrammeErrorLocation } from "./programme-error";
import { stripBom } from "./source-position";

const TALK_COLUMNS = [
  "id", "title", "subtitle", "kind", "level", "track", "room", "day", "start", "end", "speakers", "abstract", "url", "slides", "video",
] as const;
const CONFERENCE_COLUMNS = {
  conference: "name",
  conference_name: "name",
  conference_slug: "slug",
  timezone: "timezone",
  location: "location",
  venue: "venue",
  starts_on: "startsOn",
  ends_on: "endsOn",
  conference_url: "url",
} as const;

export const HALLWAY_CSV_COLUMNS: readonly string[] = [...TALK_COLUMNS, ...Object.keys(CONFERENCE_COLUMNS)];

export interface CsvRecord {
  fields: string[];
  /** 1-based line on which the record starts. */
  line: number;
}

/**
 * Reads the records with csv-parse. Line breaks are made "\n" first, so CRLF,
 * LF and lone CR files (and files that mix them) read the same, and a line
 * break inside a quoted field is "\n" whatever the file used. Blank lines are
 * skipped; each record keeps the line it starts on, and errors name a line.
 */
export function readCsv(textIn: string): CsvRecord[] {
  const text = stripBom(textIn).replace(/\r\n?/g, "\n");
  /** Where the last good record ended, to place an unclosed quote on the row it opens. */
  let lastEnd = 0;
  try {
    const records: CsvRecord[] = [];
    parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (fields: string[], context) => {
        lastEnd = context.lines;
        // context.lines is the line the record ends on; line breaks inside its fields move its start up.
        records.push({ fields, line: context.lines - fields.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0) });
        return null;
      },
    });
    return records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw csvScheduleError(error, text, lastEnd);
  }
}

function csvScheduleError(error: CsvError, text: string, lastEnd: number): ProgrammeError {
  const line = typeof error.lines === "number" ? error.lines : undefined;
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED": {
      // csv-parse reports the end of the file; the person needs the row where the quote opened.
      const lines = text.split("\n");
      let opened = lastEnd + 1;
      // csv-parse skips only empty lines (a line of spaces is a record, so it ended at lastEnd already).
      while (opened < lines.length && (lines[opened - 1] ?? "") === "") opened++;
      return new ProgrammeError('a quoted field is not closed (a " is missing)', { line: opened });
    }
    case "INVALID_OPENING_QUOTE":
      return new ProgrammeError('a " inside a field that does not start with one (quote the whole field and double the inner quotes)', { line });
    case "CSV_INVALID_CLOSING_QUOTE": {
      const got = /got "(.*?)" at line/.exec(error.message)?.[1] ?? "text";
      return new ProgrammeError(`unexpected ${JSON.stringify(got)} after a closing quote (a field must end at "," or a line break)`, { line });
    }
    default:
      return new ProgrammeError(error.message.replace(/\s*at line \d+.*$/s, ""), { line });
  }
}

function columnKey(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

export function parseHallwayCsv(text: string, options: ParseOptions = {}): Programme {
  const records = readCsv(text);
  const header = records[0];
  if (!header) throw new ProgrammeError("the CSV file is empty: it needs a header row with at least a 'title' column", { line: 1 });
  const columns = header.fields.map(columnKey);
  columns.forEach((col, i) => {
    if (!col) throw new ProgrammeError(`column ${i + 1} has no name`, { line: header.line });
    if (!HALLWAY_CSV_COLUMNS.includes(col)) {
      throw new ProgrammeError(`unknown column '${header.fields[i]?.trim()}' (known: ${HALLWAY_CSV_COLUMNS.join(", ")})`, {
        line: header.line,
        field: header.fields[i]?.trim(),
      });
    }
    if (columns.indexOf(col) !== i) throw new ProgrammeError(`column '${col}' appears twice`, { line: header.line, field: col });
  });
  if (!columns.includes("title")) throw new ProgrammeError("the header has no 'title' column", { line: header.line, field: "title" });

  const conference: Record<string, string> = {};
  const conferenceLine: Record<string, number> = {};
  const speakers: { id: string; name: string; affiliation?: string }[] = [];
  const speakerByName = new Map<string, { id: string; line: number }>();
  const speakerLine: number[] = [];
  const talks: Record<string, unknown>[] = [];
  const talkLine: number[] = [];
  const takenIds = new Set<string>();

  for (const record of records.slice(1)) {
    if (record.fields.length > columns.length) {
      throw new ProgrammeError(`the row has ${record.fields.length} fields but the header has ${columns.length} columns`, {
        line: record.line,
        subject: `row ${talks.length + 1}`,
      });
    }
    const cell = (col: string): string | undefined => {
      const i = columns.indexOf(col);
      const v = i === -1 ? undefined : record.fields[i]?.trim();
      return v ? v : undefined;
    };
    if (record.fields.every((f) => !f.trim())) continue;

    for (const [col, key] of Object.entries(CONFERENCE_COLUMNS)) {
      const v = cell(col);
      if (!v) continue;
      if (conference[key] !== undefined && conference[key] !== v) {
        throw new ProgrammeError(
          `field '${col}' is '${v}', but line ${conferenceLine[key]} says '${conference[key]}' (conference columns must agree)`,
          { line: record.line, field: col, subject: describeRecord("talk", cell("title")) },
        );
      }
      conference[key] = v;
      conferenceLine[key] ??= record.line;
    }

    const keys: string[] = [];
    for (const entry of (cell("speakers") ?? "").split(";")) {
      const m = /^(.*?)\s*(?:\(([^()]*)\))?\s*$/.exec(entry.trim());
      const name = m?.[1]?.trim();
      if (!name) continue;
      const norm = normalizeName(name) || name;
      let known = speakerByName.get(norm);
      if (!known) {
        const id = uniqueSlug(slugify(name, 60), (s) => takenIds.has(s));
        takenIds.add(id);
        known = { id, line: record.line };
        speakerByName.set(norm, known);
        speakers.push({ id, name, affiliation: m?.[2]?.trim() || undefined });
        speakerLine.push(record.line);
      } else {
        const s = speakers.find((sp) => sp.id === known?.id);
        if (s && !s.affiliation && m?.[2]?.trim()) s.affiliation = m[2].trim();
      }
      keys.push(known.id);
    }

    const links = [
      ...(cell("slides") ? [{ label: "Slides", url: cell("slides") }] : []),
      ...(cell("video") ? [{ label: "Video", url: cell("video") }] : []),
    ];
    const talk: Record<string, unknown> = { speakers: keys };
    for (const col of ["id", "title", "subtitle", "kind", "level", "track", "room", "day", "start", "end", "abstract", "url"]) {
      const v = cell(col);
      if (v !== undefined) talk[col] = col === "kind" ? v.toLowerCase() : v;
    }
    if (links.length > 0) talk.links = links;
    talks.push(talk);
    talkLine.push(record.line);
  }

  const input: HallwayProgrammeInput = {
    hallway: 1,
    conference: { ...options.conference, ...conference } as HallwayProgrammeInput["conference"],
    speakers,
    talks: talks as HallwayProgrammeInput["talks"],
  };
  if (!input.conference.name) {
    throw new ProgrammeError("the conference has no name: add a 'conference' column, or give the name when importing", {
      line: header.line,
      field: "conference",
    });
  }
  // Options may carry fields the schema does not know (none today); keep only schema fields.
  const result = hallwayProgrammeSchema.safeParse(input);
  if (!result.success) {
    throw programmeErrorFromZod(result.error, input, (path) => locateCsv(path, { talks, talkLine, speakerLine, conferenceLine, header }));
  }
  const programme = hallwayToProgramme(result.data, options);
  // CSV speakers have no ids of their own: the keys above are made from their
  // names, and must not pass for a source's person ids when importing.
  return { ...programme, speakers: programme.speakers.map(({ sourceId: _made, ...speaker }) => speaker) };
}

const CSV_NAME: Record<string, string> = { startsOn: "starts_on", endsOn: "ends_on", slug: "conference_slug", name: "conference", url: "conference_url" };

function locateCsv(
  path: readonly PropertyKey[],
  ctx: {
    talks: Record<string, unknown>[];
    talkLine: number[];
    speakerLine: number[];
    conferenceLine: Record<string, number>;
    header: CsvRecord;
  },
): ProgrammeErrorLocation {
  const [section, index, field] = path;
  if (section === "talks" && typeof index === "number") {
    const column = field === "links" ? (path[3] === 0 && ctx.talks[index]?.links ? "slides" : "video") : String(field ?? "");
    return {
      line: ctx.talkLine[index],
      subject: `${describeRecord("talk", ctx.talks[index]?.title)}, column '${column}'`,
    };
  }
  if (section === "speakers" && typeof index === "number") {
    return { line: ctx.speakerLine[index], subject: "column 'speakers'" };
  }
  if (section === "conference" && typeof index === "string") {
    const line = ctx.conferenceLine[index];
    return line !== undefined
      ? { line, subject: `column '${CSV_NAME[index] ?? index}'` }
      : { subject: `conference option '${index}'` };
  }
  return { line: ctx.header.line };
}
