/**
 * Which schedule format a file is, from its content first and its name second.
 *
 * - "BEGIN:VCALENDAR" → ical.
 * - XML whose root is <schedule> → frab-xml (FOSDEM, CCC, pretalx, frab).
 * - JSON: {"hallway": …} → hallway-json; {"schedule": {"conference": …}} →
 *   c3voc-json; {"sessions": [], "speakers": [], …} → sessionize-json.
 * - Text whose first line is a CSV header with a "title" column → hallway-csv.
 * The file extension decides only when the content says nothing (an empty
 * file named .ics is still an error from the ical parser, not "unknown").
 * Anything else is a ProgrammeError naming what the content looked like.
 * parseFormatName reads a --format value, accepting common aliases.
 */
import { ProgrammeError } from "./programme-error";
import { findJsonSyntaxError, lineAt, stripBom } from "./source-position";

export const PROGRAMME_FORMATS = ["frab-xml", "c3voc-json", "sessionize-json", "ical", "hallway-json", "hallway-csv"] as const;
export type ProgrammeFormat = (typeof PROGRAMME_FORMATS)[number];

const ALIASES: Record<string, ProgrammeFormat> = {
  frab: "frab-xml", pentabarf: "frab-xml", xml: "frab-xml", "frab-xml": "frab-xml", "pentabarf-xml": "frab-xml",
  c3voc: "c3voc-json", pretalx: "c3voc-json", "c3voc-json": "c3voc-json", "pretalx-json": "c3voc-json", "schedule-json": "c3voc-json",
  sessionize: "sessionize-json", "sessionize-json": "sessionize-json",
  ical: "ical", ics: "ical", icalendar: "ical", ifb: "ical",
  hallway: "hallway-json", json: "hallway-json", "hallway-json": "hallway-json",
  csv: "hallway-csv", "hallway-csv": "hallway-csv",
};

/** "ics" → "ical", "pretalx" → "c3voc-json"; unknown names are an error listing the known ones. */
export function parseFormatName(name: string): ProgrammeFormat {
  const format = ALIASES[name.trim().toLowerCase()];
  if (!format) {
    throw new ProgrammeError(`unknown format '${name}': use one of ${PROGRAMME_FORMATS.join(", ")}`, { field: "format" });
  }
  return format;
}

export function detectFormat(text: string, filename?: string): ProgrammeFormat {
  const head = stripBom(text).slice(0, 4096).trimStart();
  const ext = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];

  if (/^BEGIN:VCALENDAR/i.test(head)) return "ical";
  if (head.startsWith("<")) return detectXml(head);
  if (head.startsWith("{") || head.startsWith("[")) return detectJson(text);
  if (/^[^\n\r]*\btitle\b[^\n\r]*,|^[^\n\r]*,[^\n\r]*\btitle\b/i.test(head) || (ext === "csv" && head)) return "hallway-csv";

  if (!head) {
    if (ext === "ics" || ext === "ical") return "ical";
    if (ext === "csv") return "hallway-csv";
    throw new ProgrammeError("the file is empty", { line: 1 });
  }
  const firstLine = head.split(/\r?\n/, 1)[0] ?? "";
  throw new ProgrammeError(
    `unknown format: the file is not frab/Pentabarf XML, c3voc/pretalx JSON, Sessionize JSON, iCalendar, Hallway JSON or Hallway CSV (it starts with '${firstLine.slice(0, 40)}')`,
    { line: 1 },
  );
}

function detectXml(head: string): ProgrammeFormat {
  // Skip the declaration, comments, processing instructions and the DOCTYPE.
  const root = /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>))*\s*<([A-Za-z_][\w:.-]*)/.exec(head);
  const name = root?.[1];
  if (name?.toLowerCase() === "schedule") return "frab-xml";
  if (!name && /<!DOCTYPE|<!ENTITY/i.test(head)) return "frab-xml"; // let the XML parser refuse it with its reasons
  if (name?.toLowerCase() === "html") {
    throw new ProgrammeError("unknown format: this is an HTML page, not a schedule export", { line: 1 });
  }
  throw new ProgrammeError(`unknown format: XML with root <${name ?? "?"}>, not a frab/Pentabarf <schedule>`, { line: 1 });
}

function detectJson(text: string): ProgrammeFormat {
  let data: unknown;
  try {
    data = JSON.parse(stripBom(text));
  } catch {
    const problem = findJsonSyntaxError(stripBom(text));
    throw new ProgrammeError(`not valid JSON: ${problem?.reason ?? "syntax error"}`, { line: lineAt(text, problem?.offset ?? 0) });
  }
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const o = data as Record<string, unknown>;
    if ("hallway" in o) return "hallway-json";
    const s = o.schedule;
    if (typeof s === "object" && s !== null && "conference" in s) return "c3voc-json";
    if (Array.isArray(o.sessions) && (Array.isArray(o.speakers) || Array.isArray(o.rooms))) return "sessionize-json";
    if (Array.isArray(o.talks) && typeof o.conference === "object") return "hallway-json";
    const keys = Object.keys(o).slice(0, 5).join(", ");
    throw new ProgrammeError(`unknown format: a JSON object with ${keys ? `keys ${keys}` : "no keys"}, not a schedule export`, { path: "$" });
  }
  throw new ProgrammeError(
    "unknown format: a JSON list (Sessionize's grouped \"Sessions\" view is not supported; export \"All Data\")",
    { path: "$" },
  );
}
