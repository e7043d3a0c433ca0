/**
 * Exports an author's writeups as markdown files with front matter, so their
 * writing is never locked in: one `<slug>.md` per writeup (drafts included,
 * the trash not), in the format the importer reads back (export → import →
 * export gives identical files).
 *
 * exportZip packs the files into one zip for the web download, with fflate:
 * it is small, has no dependencies, ships its own types and writes a zip
 * synchronously from strings in memory, which is all an export needs (yazl
 * would bring streams and a callback API for the same bytes). The tests read
 * the result with an independent unzip (Python's zipfile).
 *
 * Bad requests throw DomainError: "invalid" for an email that isn't one or
 * names no user (the command line's --author), and for file names a zip
 * can't hold.
 */
import { strToU8, Zip, ZipDeflate } from "fflate";
import { DomainError } from "@/lib/core/errors";
import { serializeWriteupFile, writeupFileName } from "@/lib/core/writeups/front-matter";
import type { Db } from "@/lib/server/db";
import { findUserIdByEmail, listWriteupsToExport } from "@/lib/server/repositories/writeup-export";
import { authorEmailSchema } from "@/lib/validations/writeup-file";

export interface ZipEntry {
  filename: string;
  text: string;
  /** The entry's date (for a writeup, when it was last saved). */
  modifiedAt?: Date;
}

export interface ExportedFile extends ZipEntry {
  status: "published" | "draft";
}

export type ExportAuthor = { authorId: string } | { authorEmail: string };

async function authorIdOf(db: Db, who: ExportAuthor): Promise<string> {
  if ("authorId" in who) return who.authorId;
  const email = authorEmailSchema.safeParse(who.authorEmail);
  if (!email.success) throw new DomainError("invalid", `'${who.authorEmail}' is not an email address`, { field: "author" });
  const id = await findUserIdByEmail(db, email.data);
  // "invalid", not "not-found": the caller named the author, and the name is what is wrong.
  if (!id) throw new DomainError("invalid", `no user has the email ${email.data}`, { field: "author" });
  return id;
}

export async function exportWriteups(db: Db, who: ExportAuthor): Promise<ExportedFile[]> {
  const writeups = await listWriteupsToExport(db, await authorIdOf(db, who));
  return writeups.map((w) => {
    const status = w.status === "draft" ? "draft" : "published";
    return {
      filename: writeupFileName(w.slug),
      modifiedAt: w.updatedAt,
      status,
      text: serializeWriteupFile({
        title: w.title,
        slug: w.slug,
        status,
        publishedAt: w.publishedAt,
        conferences: w.conferences.map((c) => c.conference.slug).sort(),
        summary: w.summary,
        canonicalUrl: w.canonicalUrl,
        body: w.body,
      }),
    };
  });
}

// ─────────────────────────────── zip ───────────────────────────────

const UNIX = 3;
/** A regular file, rw-r--r--, so unzip gives the files ordinary permissions. */
const REGULAR_FILE_644 = (0o100644 << 16) >>> 0;
const EARLIEST = Date.UTC(1980, 0, 1);

/**
 * The entry's date as zip stores it. Zip dates have no time zone and fflate
 * writes the Date's local fields, so the Date is shifted to make its local
 * fields the UTC ones: the zip shows the UTC time on every server. Dates a
 * zip can't hold (before 1980, after 2099 for fflate) become 1980-01-01.
 */
function zipDate(date: Date | undefined): Date {
  const d = date && date.getUTCFullYear() >= 1980 && date.getUTCFullYear() <= 2099 ? date : new Date(EARLIEST);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/** One zip (Uint8Array) holding the files, deflated, in the given order. */
export function exportZip(files: readonly ZipEntry[]): Uint8Array {
  if (files.length > 0xffff) throw new DomainError("invalid", `a zip holds at most 65535 files, not ${files.length}`);
  const names = new Set<string>();
  for (const file of files) {
    if (!file.filename || /[\\/]|^\.\.?$/.test(file.filename)) throw new DomainError("invalid", `'${file.filename}' is not a plain file name`);
    if (names.has(file.filename)) throw new DomainError("invalid", `two files are named '${file.filename}'`);
    names.add(file.filename);
  }
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  // Zip and ZipDeflate run synchronously; the streaming API (rather than
  // zipSync's object of names) keeps the files in the order given.
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const file of files) {
    const entry = new ZipDeflate(file.filename, { level: 9 });
    entry.mtime = zipDate(file.modifiedAt);
    entry.os = UNIX;
    entry.attrs = REGULAR_FILE_644;
    zip.add(entry);
    entry.push(strToU8(file.text), true);
  }
  zip.end();
  if (failure) throw failure;
  // Zip64 is not written: an author's writing is nowhere near 4 GB.
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
