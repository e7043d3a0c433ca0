/**
 * The `hallway` command line: a thin shell over the services.
 *
 *   npm run hallway -- import <file|-> [--conference <slug>] [--format <name>] [--dry-run]
 *   npm run hallway -- detect <file.md> [--conference <slug> ...] [--all]
 *   npm run hallway -- speakers merge <keep-slug> <duplicate-slug>
 *   npm run hallway -- writeups import <file.md ...> --author <email>
 *   npm run hallway -- writeups export --author <email> <dir|file.zip>
 *   npm run hallway -- synth [--conferences N] [--talks N] [--speakers N] [--writeups N]
 *   npm run hallway -- demo [--reset [--yes]]
 *
 * It works on whatever DATABASE_URL names, applying migrations first, so a
 * brand-new SQLite file is ready to use. Errors say what was wrong and where,
 * and exit with status 2 for bad input, 1 for anything else.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { connect, type Db } from "@/lib/server/db";
import { databaseUrl } from "@/lib/server/database-url";
import { migrate } from "@/lib/server/migrate";
import { importProgramme, type ImportSummary } from "@/lib/server/services/import-programme";
import { loadCatalog } from "@/lib/server/services/load-catalog";
import { mergeSpeakers } from "@/lib/server/services/merge-speakers";
import { isDomainError } from "@/lib/core/errors";
import { synthesize } from "@/lib/server/services/synth";
import { planDemoReset, resetDemo, seedDemo, type DemoSummary } from "@/prisma/seed/seed-demo";
import { importWriteups } from "@/lib/server/services/import-writeups";
import { exportWriteups, exportZip, ExportError } from "@/lib/server/services/export-writeups";
import { parseWriteupFiles } from "@/lib/core/writeups/front-matter";
import { WriteupImportError } from "@/lib/core/writeups/writeup-file-error";
import { parseSchedule, MAX_SCHEDULE_BYTES } from "@/lib/core/schedule/parse-schedule";
import { SCHEDULE_FORMATS, parseFormatName, type ScheduleFormat } from "@/lib/core/schedule/detect-format";
import { ScheduleError } from "@/lib/core/schedule/schedule-error";
import { buildMentionIndex } from "@/lib/core/mentions/mention-index";
import { detectMentions, narrowCatalog } from "@/lib/core/mentions/detect-mentions";
import { CONFIDENT_THRESHOLD, SUGGESTION_THRESHOLD } from "@/lib/core/mentions/types";

process.env.CHECKPOINT_DISABLE = "1";

class UsageError extends Error {}
/** Refused until the user says --yes; the message says what would happen. */
class NeedsConfirmation extends Error {}

const USAGE = `Usage:
  npm run hallway -- import <file|-> [--conference <slug>] [--format <${SCHEDULE_FORMATS.join("|")}>] [--dry-run]
  npm run hallway -- detect <file.md> [--conference <slug> ...] [--all]
  npm run hallway -- speakers merge <keep-slug> <duplicate-slug>
  npm run hallway -- writeups import <file.md ...> --author <email>
  npm run hallway -- writeups export --author <email> <dir|file.zip>
  npm run hallway -- synth [--conferences 200] [--talks 50000] [--speakers 30000] [--writeups 100000]
  npm run hallway -- demo [--reset [--yes]]`;

function readInput(file: string): string {
  if (file === "-") return readFileSync(0, "utf8");
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UsageError(`${file}: no such file`);
  }
  // Refuse before reading a huge file into memory.
  if (size >= MAX_SCHEDULE_BYTES) {
    throw new ScheduleError(`the file is ${(size / 1e6).toFixed(1)} MB; files must be smaller than ${MAX_SCHEDULE_BYTES / 1e6} MB`, { file });
  }
  return readFileSync(file, "utf8");
}

function progressBar(label: string) {
  if (!process.stderr.isTTY) return undefined;
  return (done: number, total: number) => {
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    process.stderr.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}`);
    if (done >= total) process.stderr.write("\n");
  };
}

function printSummary(s: ImportSummary) {
  const c = s.conference;
  const line = (name: string, counts: object) =>
    `  ${name.padEnd(9)} ${(Object.entries(counts) as [string, number][]).map(([k, v]) => `${v} ${k}`).join(", ")}`;
  console.log(`${s.dryRun ? "Dry run, nothing was written. " : ""}${c.name} (${c.slug}): conference ${c.created ? "created" : c.updated ? "updated" : "unchanged"}`);
  console.log(line("talks", s.talks));
  console.log(line("speakers", s.speakers));
}

async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const url = databaseUrl();
  await migrate(url);
  const db = connect(url);
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}

async function importCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { conference: { type: "string" }, format: { type: "string" }, "dry-run": { type: "boolean", default: false } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("import takes one file (or - for standard input)");
  let format: ScheduleFormat | undefined;
  try {
    format = values.format === undefined ? undefined : parseFormatName(values.format);
  } catch (error) {
    throw new UsageError(`--format: ${(error as Error).message}`);
  }
  const text = readInput(file);
  const programme = parseSchedule(text, { filename: file === "-" ? "stdin" : file, format, conferenceSlug: values.conference });
  const summary = await withDb((db) =>
    importProgramme(db, programme, { conferenceSlug: values.conference, dryRun: values["dry-run"], onProgress: progressBar("importing") }),
  );
  printSummary(summary);
}

async function detectCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { conference: { type: "string", multiple: true }, all: { type: "boolean", default: false } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("detect takes one markdown file (or - for standard input)");
  const markdown = file === "-" ? readFileSync(0, "utf8") : readInput(file);
  const catalog = await withDb((db) => loadCatalog(db, values.conference));
  const narrowed = values.conference?.length ? catalog : narrowCatalog(markdown, catalog);
  const index = buildMentionIndex(narrowed);
  const mentions = detectMentions(markdown, index, { minConfidence: values.all ? SUGGESTION_THRESHOLD : CONFIDENT_THRESHOLD });
  const talks = new Map(narrowed.talks.map((t) => [t.id, t]));
  const speakers = new Map(narrowed.speakers.map((s) => [s.id, s]));
  const speakerConference = new Map<string, string>();
  for (const t of narrowed.talks) for (const id of t.speakerIds) if (!speakerConference.has(id)) speakerConference.set(id, t.conference);
  const out = mentions.map((m) => {
    const talk = m.kind === "talk" ? talks.get(m.id) : undefined;
    const speaker = m.kind === "speaker" ? speakers.get(m.id) : undefined;
    return {
      kind: m.kind,
      id: m.id,
      slug: talk?.slug ?? speaker?.slug,
      ...(talk ? { title: talk.title } : { name: speaker?.name }),
      conference: talk?.conference ?? speakerConference.get(m.id),
      start: m.start,
      end: m.end,
      text: m.text,
      confidence: Math.round(m.confidence * 100) / 100,
      reason: m.reason,
      ...(m.candidates ? { candidates: m.candidates } : {}),
    };
  });
  console.log(JSON.stringify({ mentions: out }, null, 2));
}

async function speakersCommand(args: string[]) {
  const [action, keep, duplicate, ...rest] = args;
  if (action !== "merge" || !keep || !duplicate || rest.length) throw new UsageError("speakers merge takes the slug to keep and the duplicate's slug");
  const summary = await withDb((db) => mergeSpeakers(db, keep, duplicate));
  console.log(
    `Merged ${summary.merged.name} (${summary.merged.slug}) into ${summary.kept.name} (${summary.kept.slug}): ` +
      `${summary.talks} talks, ${summary.mentions} mentions, ${summary.writeupsRerendered} writeups re-rendered; /speakers/${summary.merged.slug} now redirects.`,
  );
}

/** A markdown file is far smaller than this; anything bigger is not a writeup. */
const MAX_WRITEUP_BYTES = 5_000_000;

function readWriteupFile(file: string): string {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new UsageError(`${file}: no such file`);
  }
  if (stat.isDirectory()) throw new UsageError(`${file} is a folder: name the markdown files in it (${path.join(file, "*.md")})`);
  if (stat.size >= MAX_WRITEUP_BYTES) throw new UsageError(`${file}: the file is ${(stat.size / 1e6).toFixed(1)} MB; a writeup file must be smaller than ${MAX_WRITEUP_BYTES / 1e6} MB`);
  return readFileSync(file, "utf8");
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

async function writeupsImport(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { author: { type: "string" } } });
  if (!values.author) throw new UsageError("writeups import needs --author <email>: the writeups' author (created if new)");
  if (!positionals.length) throw new UsageError("writeups import takes one or more markdown files");
  const parsed = parseWriteupFiles(positionals.map((file) => ({ file, text: readWriteupFile(file) })));
  for (const f of parsed) for (const warning of f.warnings) console.error(`hallway: ${warning}`);
  const author = values.author;
  const result = await withDb((db) => importWriteups(db, parsed, { authorEmail: author }));
  if (result.author.created) console.log(`created author ${result.author.email} (/authors/${result.author.username})`);
  for (const w of result.writeups) {
    const notes = [w.status === "draft" ? "draft" : "", w.restored ? "restored from the trash" : ""].filter(Boolean);
    console.log(
      `${w.action} ${w.path}${notes.length ? ` (${notes.join(", ")})` : ""}: ${plural(w.talks, "talk")} and ${plural(w.speakers, "speaker")} linked` +
        `${w.suggestions ? `, ${plural(w.suggestions, "suggestion")} to review in the editor` : ""} (${w.file})`,
    );
  }
}

async function writeupsExport(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { author: { type: "string" } } });
  const target = positionals[0];
  if (!values.author) throw new UsageError("writeups export needs --author <email>");
  if (!target || positionals.length > 1) throw new UsageError("writeups export takes one folder to write the files into (or a file.zip)");
  const author = values.author;
  const files = await withDb((db) => exportWriteups(db, { authorEmail: author }));
  const drafts = files.filter((f) => f.status === "draft").length;
  const counted = `${plural(files.length, "writeup")}${drafts ? ` (${plural(drafts, "draft")})` : ""}`;
  if (target.endsWith(".zip")) {
    mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    const existed = existsSync(target);
    writeFileSync(target, exportZip(files));
    console.log(`${existed ? "overwrote" : "wrote"} ${target}: ${counted}`);
    return;
  }
  // Same-named files are overwritten (an export is meant to be run again into
  // the same folder); each is listed, and other files are left alone.
  mkdirSync(target, { recursive: true });
  for (const f of files) {
    const to = path.join(target, f.filename);
    const existed = existsSync(to);
    writeFileSync(to, f.text);
    console.log(`${existed ? "overwrote" : "wrote"} ${to}`);
  }
  console.log(`Exported ${counted} by ${author} to ${target}.`);
}

async function writeupsCommand(args: string[]) {
  const [action, ...rest] = args;
  if (action === "import") return writeupsImport(rest);
  if (action === "export") return writeupsExport(rest);
  throw new UsageError(`writeups takes import or export${action ? `, not "${action}"` : ""}`);
}

async function synthCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      conferences: { type: "string", default: "200" },
      talks: { type: "string", default: "50000" },
      speakers: { type: "string", default: "30000" },
      writeups: { type: "string", default: "100000" },
    },
  });
  const sizes = Object.fromEntries(
    Object.entries(values).map(([name, raw]) => {
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 1 || n > 10_000_000) throw new UsageError(`--${name} must be a whole number from 1 to 10000000, not "${raw}"`);
      return [name, n];
    }),
  ) as { conferences: number; talks: number; speakers: number; writeups: number };
  const started = Date.now();
  const bars = new Map<string, ReturnType<typeof progressBar>>();
  const result = await withDb(async (db) => {
    if ((await db.conference.count({ where: { id: { startsWith: "synth-" } } })) > 0) {
      throw new UsageError("this database already has synthetic data; use a fresh DATABASE_URL");
    }
    return synthesize(db, sizes, (stage, done, total) => {
      if (!bars.has(stage)) bars.set(stage, progressBar(stage.padEnd(13)));
      bars.get(stage)?.(done, total);
    });
  });
  console.log(
    `Synthesized ${result.conferences} conferences, ${result.talks} talks, ${result.speakers} speakers and ${result.writeups} writeups in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

function printDemo(s: DemoSummary) {
  console.log(`Loaded the demo: ${plural(s.conferences, "conference")}, ${plural(s.talks, "talk")}, ${plural(s.speakers, "speaker")}, ${plural(s.authors, "author")}.`);
  for (const w of s.writeups) console.log(`  /writeups/${w.slug}: ${plural(w.talks, "talk")} and ${plural(w.speakers, "speaker")} linked`);
}

async function demoCommand(args: string[]) {
  const { values } = parseArgs({ args, options: { reset: { type: "boolean", default: false }, yes: { type: "boolean", default: false } } });
  if (values.yes && !values.reset) throw new UsageError("--yes goes with --reset");
  await withDb(async (db) => {
    if (!values.reset) {
      const result = await seedDemo(db);
      if (!result.summary) throw new NeedsConfirmation(result.notes.join("; "));
      return printDemo(result.summary);
    }
    if (!values.yes) {
      const plan = await planDemoReset(db);
      const lines = [
        "demo --reset deletes, then loads the demo again:",
        ...plan.conferences.map((c) => `  the conference ${c.name} (${c.slug}) and its ${plural(c.talks, "talk")}`),
        `  ${plural(plan.speakers, "speaker")} who speak only at these conferences`,
        ...plan.authors.map((a) => `  the demo author ${a.name} <${a.email}> and ${a.writeups === 1 ? "their writeup" : `their ${plural(a.writeups, "writeup")}`}`),
        ...(plan.otherWriteups.length
          ? [`It keeps ${plural(plan.otherWriteups.length, "other writeup")} that link${plan.otherWriteups.length === 1 ? "s" : ""} the demo, without those links: ${plan.otherWriteups.map((w) => `/writeups/${w.slug}`).join(", ")}`]
          : []),
        "Nothing else is touched. Run it again with --yes to go ahead.",
      ];
      throw new NeedsConfirmation(lines.join("\n"));
    }
    const { deleted, loaded } = await resetDemo(db);
    console.log(`Deleted ${plural(deleted.conferences.length, "demo conference")}, ${plural(deleted.speakers, "speaker")} and ${plural(deleted.authors.length, "demo author")} with their writeups.`);
    printDemo(loaded);
  });
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case "import":
      return importCommand(rest);
    case "detect":
      return detectCommand(rest);
    case "speakers":
      return speakersCommand(rest);
    case "synth":
      return synthCommand(rest);
    case "writeups":
      return writeupsCommand(rest);
    case "demo":
      return demoCommand(rest);
    case undefined:
    case "help":
    case "--help":
      console.log(USAGE);
      return;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
    console.error(`hallway: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof NeedsConfirmation) {
    console.error(error.message);
    process.exit(2);
  }
  if (error instanceof WriteupImportError) {
    for (const p of error.problems) console.error(`hallway: ${p.message}`);
    console.error("Nothing was imported.");
    process.exit(2);
  }
  if (error instanceof ScheduleError) {
    console.error(`hallway: ${error.message}\nNothing was imported.`);
    process.exit(2);
  }
  if (isDomainError(error) || error instanceof ExportError) {
    console.error(`hallway: ${error.message}`);
    process.exit(2);
  }
  console.error(`hallway: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
