/**
 * Exports an author's writeups as markdown files with front matter, so their
 * writing is never locked in: one `<slug>.md` per writeup (drafts included,
 * the trash not), in the format the importer reads back (export → import →
 * export gives identical files).
 *
 * exportZip packs the files into one zip for the web download. Zip is written
 * here with node:zlib (deflate, CRC-32) rather than a library: the container
 * is a few fixed headers, and the tests read the result with an independent
 * unzip (Python's zipfile).
 */
import { crc32, deflateRawSync } from "node:zlib";
import { serializeWriteupFile, writeupFileName } from "@/lib/core/writeups/front-matter";
import type { Db } from "@/lib/server/db";
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

export class ExportError extends Error {}

export type ExportAuthor = { authorId: string } | { authorEmail: string };

async function authorIdOf(db: Db, who: ExportAuthor): Promise<string> {
  if ("authorId" in who) return who.authorId;
  const email = authorEmailSchema.safeParse(who.authorEmail);
  if (!email.success) throw new ExportError(`'${who.authorEmail}' is not an email address`);
  const user = await db.user.findUnique({ where: { email: email.data }, select: { id: true } });
  if (!user) throw new ExportError(`no user has the email ${email.data}`);
  return user.id;
}

export async function exportWriteups(db: Db, who: ExportAuthor): Promise<ExportedFile[]> {
  const authorId = await authorIdOf(db, who);
  const writeups = await db.writeup.findMany({
    where: { authorId, deletedAt: null },
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      title: true,
      status: true,
      publishedAt: true,
      summary: true,
      canonicalUrl: true,
      body: true,
      updatedAt: true,
      conferences: { select: { conference: { select: { slug: true } } } },
    },
  });
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

/** MS-DOS date and time, as zip stores them (2-second steps, no zone: we write UTC). */
function dosDateTime(date: Date | undefined): { time: number; date: number } {
  const d = date && date.getUTCFullYear() >= 1980 && date.getUTCFullYear() <= 2107 ? date : new Date(Date.UTC(1980, 0, 1));
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;
/** "Made by" Unix, so unzip gives the files ordinary permissions (rw-r--r--). */
const MADE_BY_UNIX = (3 << 8) | VERSION;
const REGULAR_FILE_644 = (0o100644 << 16) >>> 0;

/** One zip (Uint8Array) holding the files, deflated, in the given order. */
export function exportZip(files: readonly ZipEntry[]): Uint8Array {
  if (files.length > 0xffff) throw new ExportError(`a zip holds at most 65535 files, not ${files.length}`);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const names = new Set<string>();
  for (const file of files) {
    if (!file.filename || /[\\/]|^\.\.?$/.test(file.filename)) throw new ExportError(`'${file.filename}' is not a plain file name`);
    if (names.has(file.filename)) throw new ExportError(`two files are named '${file.filename}'`);
    names.add(file.filename);
    const name = Buffer.from(file.filename, "utf8");
    const data = Buffer.from(file.text, "utf8");
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const { time, date } = dosDateTime(file.modifiedAt);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(MADE_BY_UNIX, 4);
    entry.writeUInt16LE(VERSION, 6);
    entry.writeUInt16LE(UTF8_NAMES, 8);
    entry.writeUInt16LE(DEFLATE, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal attributes: 0
    entry.writeUInt32LE(REGULAR_FILE_644, 38);
    entry.writeUInt32LE(offset, 42);

    chunks.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
    // Zip64 is not written: an author's writing is nowhere near 4 GB.
    if (offset > 0xffffffff) throw new ExportError("the zip would be larger than 4 GB");
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}
