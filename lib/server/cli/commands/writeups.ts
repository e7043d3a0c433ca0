/**
 * `hallway writeups import <file.md ...> --author <email>` and
 * `hallway writeups export --author <email> <dir|file.zip>`.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseWriteupFiles } from "@/lib/core/writeups/front-matter";
import { exportWriteups, exportZip } from "@/lib/server/services/export-writeups";
import { importWriteups } from "@/lib/server/services/import-writeups";
import { UsageError } from "../errors";
import { plural, readWriteupInput } from "../io";
import { withDb } from "../with-db";

export async function writeupsCommand(args: string[]) {
  const [action, ...rest] = args;
  if (action === "import") return writeupsImport(rest);
  if (action === "export") return writeupsExport(rest);
  throw new UsageError(`writeups takes import or export${action ? `, not "${action}"` : ""}`);
}

async function writeupsImport(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { author: { type: "string" } } });
  if (!values.author) throw new UsageError("writeups import needs --author <email>: the writeups' author (created if new)");
  if (!positionals.length) throw new UsageError("writeups import takes one or more markdown files");
  const parsed = parseWriteupFiles(positionals.map((file) => ({ file, text: readWriteupInput(file) })));
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
