/** `hallway import <file|-> [--conference <slug>] [--format <name>] [--dry-run]`: a programme file into the database. */
import { parseArgs } from "node:util";
import { parseFormatName, type ProgrammeFormat } from "@/lib/core/programme/detect-format";
import { parseProgramme } from "@/lib/core/programme/parse-programme";
import { importProgramme, type ImportSummary } from "@/lib/server/services/import-programme";
import { UsageError } from "../errors";
import { progressBar, readProgrammeInput } from "../io";
import { withDb } from "../with-db";

export async function importCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { conference: { type: "string" }, format: { type: "string" }, "dry-run": { type: "boolean", default: false } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("import takes one file (or - for standard input)");
  let format: ProgrammeFormat | undefined;
  try {
    format = values.format === undefined ? undefined : parseFormatName(values.format);
  } catch (error) {
    throw new UsageError(`--format: ${(error as Error).message}`);
  }
  const text = readProgrammeInput(file);
  const programme = parseProgramme(text, { filename: file === "-" ? "stdin" : file, format, conferenceSlug: values.conference });
  const summary = await withDb(
    (db) => importProgramme(db, programme, { conferenceSlug: values.conference, dryRun: values["dry-run"], onProgress: progressBar("importing") }),
    { jobs: !values["dry-run"] },
  );
  printSummary(summary);
}

function printSummary(s: ImportSummary) {
  const c = s.conference;
  const line = (name: string, counts: object) =>
    `  ${name.padEnd(9)} ${(Object.entries(counts) as [string, number][]).map(([k, v]) => `${v} ${k}`).join(", ")}`;
  console.log(`${s.dryRun ? "Dry run, nothing was written. " : ""}${c.name} (${c.slug}): conference ${c.created ? "created" : c.updated ? "updated" : "unchanged"}`);
  console.log(line("talks", s.talks));
  console.log(line("speakers", s.speakers));
}
