/**
 * The writeup write path's storage: one read that gathers everything a change
 * needs, and checked writes that store a whole derived writeup at once.
 *
 * Every change follows the same shape (lib/server/services/writeup-changes.ts):
 * read the state in one statement outside any transaction, derive the new
 * content in memory, then write it in one transaction whose first statement
 * only matches if the row is still at the version and revision that was read.
 * `version` moves when the text is saved (a second tab gets a conflict);
 * `revision` moves on every change to what is stored for it, decisions and
 * re-renders included, so a change derived from an older state is never
 * written over a newer one: the caller reads again and derives again.
 */
import type { MentionKind } from "@/lib/core/mentions/types";
import type { MentionSource, StoredMention } from "@/lib/core/mentions/reconcile-mentions";
import type { DerivedMention } from "@/lib/core/writeups/derive-writeup";
import type { Db, Tx } from "@/lib/server/db";
import { queryRaw, sql, empty } from "./sql";

export interface WriteupState {
  id: string;
  authorId: string;
  status: "draft" | "published";
  slug: string;
  title: string;
  version: number;
  revision: number;
  trashed: boolean;
  /** When it was first published; kept when it is published again. */
  publishedAt: Date | null;
  /** The author's display name: detection reads "my talk" as that speaker's session. */
  authorName: string | null;
}

export interface ChangeContext {
  writeup: WriteupState | null;
  /** The author's decisions stored with it (confirmed and rejected mentions). */
  decisions: StoredMention[];
  conferenceIds: string[];
  /** The talks and speakers it links now: their pages list it (page-cache tags). */
  linkedTalkIds: string[];
  linkedSpeakerIds: string[];
  /** Slugs starting with the asked-for base, of other writeups and of redirects not pointing here. */
  takenSlugs: Set<string>;
  /** catalogVersion() at the time of the read, so the mention catalog needs no query of its own. */
  catalogVersion: string;
}

/** A timestamp read as text: ISO or "YYYY-MM-DD HH:MM:SS" (UTC), or milliseconds, as each database stores it. */
function dateOf(text: string | null): Date | null {
  if (text === null) return null;
  if (/^\d+$/.test(text)) return new Date(Number(text));
  const iso = text.includes("T") ? text : `${text.replace(" ", "T")}`;
  return new Date(/(Z|[+-]\d\d(:?\d\d)?)$/.test(iso) ? iso : `${iso}Z`);
}

type Row = { part: string; a: string | null; b: string | null; c: string | null; d: string | null; e: string | null; f: string | null; g: string | null; h: string | null; i: string | null };

/**
 * Everything a change to writeup `id` needs, in one statement: its state, its
 * decisions, its conferences and, when `slugBase` is given, the slugs that
 * base would collide with, and the catalog version. With `id` null (a new
 * writeup) only the slugs and the version.
 */
export async function readChangeContext(db: Db, id: string | null, slugBase?: string): Promise<ChangeContext> {
  const key = id ?? "";
  const slugs = slugBase
    ? sql`
      UNION ALL SELECT 'slug', s."slug", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM "Writeup" s WHERE s."slug" LIKE ${`${slugBase}%`} AND s."id" <> ${key}
      UNION ALL SELECT 'slug', r."slug", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM "WriteupSlugRedirect" r WHERE r."slug" LIKE ${`${slugBase}%`} AND r."writeupId" <> ${key}`
    : empty;
  // Every column is text so the branches of the UNION agree on both databases.
  const rows = await queryRaw<Row>(
    db,
    sql`
    SELECT 'writeup' AS part, w."authorId" AS a, w."status" AS b, w."slug" AS c, w."title" AS d, CAST(w."version" AS TEXT) AS e, CAST(w."revision" AS TEXT) AS f,
      CASE WHEN w."deletedAt" IS NULL THEN '0' ELSE '1' END AS g, CAST(w."publishedAt" AS TEXT) AS h, u."name" AS i
      FROM "Writeup" w LEFT JOIN "User" u ON u."id" = w."authorId" WHERE w."id" = ${key}
    UNION ALL SELECT 'decision', m."kind", COALESCE(m."talkId", m."speakerId"), m."text", CAST(m."start" AS TEXT), CAST(m."end" AS TEXT), m."source", CAST(m."confidence" AS TEXT), m."reason", NULL
      FROM "Mention" m WHERE m."writeupId" = ${key} AND m."source" IN ('confirmed', 'rejected')
    UNION ALL SELECT DISTINCT 'linked', m."talkId", m."speakerId", NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM "Mention" m WHERE m."writeupId" = ${key} AND m."source" <> 'rejected'
    UNION ALL SELECT 'conference', c."conferenceId", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM "WriteupConference" c WHERE c."writeupId" = ${key}
    UNION ALL SELECT 'catalog', v."database", CAST(v."version" AS TEXT), NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM "CatalogVersion" v WHERE v."id" = 1
    ${slugs}`,
  );
  let writeup: WriteupState | null = null;
  const decisions: StoredMention[] = [];
  const conferenceIds: string[] = [];
  const linkedTalkIds = new Set<string>();
  const linkedSpeakerIds = new Set<string>();
  const takenSlugs = new Set<string>();
  let catalogVersion = "none";
  for (const r of rows) {
    if (r.part === "writeup") {
      writeup = {
        id: key,
        authorId: r.a ?? "",
        status: r.b === "published" ? "published" : "draft",
        slug: r.c ?? "",
        title: r.d ?? "",
        version: Number(r.e),
        revision: Number(r.f),
        trashed: r.g === "1",
        publishedAt: dateOf(r.h),
        authorName: r.i,
      };
    } else if (r.part === "decision") {
      decisions.push({ kind: r.a as MentionKind, id: r.b ?? "", text: r.c ?? "", start: Number(r.d), end: Number(r.e), source: r.f as MentionSource, confidence: Number(r.g), reason: r.h });
    } else if (r.part === "linked") {
      if (r.a) linkedTalkIds.add(r.a);
      if (r.b) linkedSpeakerIds.add(r.b);
    } else if (r.part === "conference") {
      conferenceIds.push(r.a ?? "");
    } else if (r.part === "catalog") {
      catalogVersion = `${r.a}:${Number(r.b)}`;
    } else if (r.part === "slug" && r.a) {
      takenSlugs.add(r.a);
    }
  }
  decisions.sort((x, y) => x.start - y.start);
  return { writeup, decisions, conferenceIds, linkedTalkIds: [...linkedTalkIds], linkedSpeakerIds: [...linkedSpeakerIds], takenSlugs, catalogVersion };
}

/** The text saved now, offered to an author whose save conflicted with it. */
export function latestText(db: Db | Tx, id: string) {
  return db.writeup.findUnique({ where: { id }, select: { version: true, title: true, body: true, updatedAt: true } });
}

export interface DerivedColumns {
  bodyHtml: string;
  excerpt: string;
  searchText: string;
}

export interface TextColumns extends DerivedColumns {
  title: string;
  body: string;
  summary: string | null;
  canonicalUrl: string | null;
}

const mentionRows = (writeupId: string, mentions: readonly DerivedMention[]) =>
  mentions.map((m) => ({
    writeupId,
    kind: m.kind,
    talkId: m.kind === "talk" ? m.id : null,
    speakerId: m.kind === "speaker" ? m.id : null,
    text: m.text,
    start: m.start,
    end: m.end,
    source: m.source,
    confidence: m.confidence,
    reason: m.reason,
    excerpt: m.excerpt,
  }));

async function replaceMentions(tx: Tx, writeupId: string, mentions: readonly DerivedMention[]) {
  await tx.mention.deleteMany({ where: { writeupId } });
  if (mentions.length) await tx.mention.createMany({ data: mentionRows(writeupId, mentions) });
}

/** Links the writeup to exactly `wanted`, touching only what differs from `current`. */
async function setConferences(tx: Tx, writeupId: string, current: readonly string[], wanted: readonly string[]) {
  const gone = current.filter((c) => !wanted.includes(c));
  const added = [...new Set(wanted)].filter((c) => !current.includes(c));
  if (gone.length) await tx.writeupConference.deleteMany({ where: { writeupId, conferenceId: { in: gone } } });
  if (added.length) await tx.writeupConference.createMany({ data: added.map((conferenceId) => ({ writeupId, conferenceId })) });
}

export interface StoredChange {
  id: string;
  /** What the change was derived from: the write only happens if the row is still there. */
  version: number;
  revision: number;
  /** Bump the text version (a save); decisions and re-renders keep it. */
  bumpVersion: boolean;
  columns: Partial<TextColumns> & {
    slug?: string;
    status?: "draft" | "published";
    publishedAt?: Date | null;
    deletedAt?: Date | null;
  };
  /** Replace the mention rows with these (omit to keep them). */
  mentions?: readonly DerivedMention[];
  conferences?: { current: readonly string[]; wanted: readonly string[] };
}

/**
 * Writes a derived change. Returns false, having written nothing, when the
 * row moved on since it was read (or is gone): the caller reads again.
 */
export async function writeChange(tx: Tx, change: StoredChange): Promise<boolean> {
  const { count } = await tx.writeup.updateMany({
    where: { id: change.id, version: change.version, revision: change.revision },
    data: { ...change.columns, revision: { increment: 1 }, ...(change.bumpVersion ? { version: { increment: 1 } } : {}) },
  });
  if (count === 0) return false;
  if (change.mentions) await replaceMentions(tx, change.id, change.mentions);
  if (change.conferences) await setConferences(tx, change.id, change.conferences.current, change.conferences.wanted);
  return true;
}

export interface NewWriteup extends TextColumns {
  authorId: string;
  slug: string;
  status: "draft" | "published";
  publishedAt: Date | null;
  conferenceIds: readonly string[];
  mentions: readonly DerivedMention[];
}

/** Inserts a writeup with its conferences and mentions (three statements, however many of each). */
export async function insertWriteup(tx: Tx, w: NewWriteup) {
  const { conferenceIds, mentions, ...columns } = w;
  const row = await tx.writeup.create({ data: columns, select: { id: true, slug: true, version: true } });
  if (conferenceIds.length) await tx.writeupConference.createMany({ data: [...new Set(conferenceIds)].map((conferenceId) => ({ writeupId: row.id, conferenceId })) });
  if (mentions.length) await tx.mention.createMany({ data: mentionRows(row.id, mentions) });
  return row;
}

const mentionColumns = { kind: true, talkId: true, speakerId: true, start: true, end: true, text: true, source: true, confidence: true, reason: true } as const;

/** A Mention row as the mention code sees it: a kind and the id of its talk or speaker. */
function storedMentionOf(m: { kind: string; talkId: string | null; speakerId: string | null; start: number; end: number; text: string; source: string; confidence: number; reason: string | null }): StoredMention {
  return {
    kind: m.kind as MentionKind,
    id: (m.kind === "talk" ? m.talkId : m.speakerId) ?? "",
    start: m.start,
    end: m.end,
    text: m.text,
    source: m.source as MentionSource,
    confidence: m.confidence,
    reason: m.reason,
  };
}

/** The author's decisions stored with a writeup, read inside a caller's transaction (the file import). */
export async function storedDecisions(tx: Tx, writeupId: string): Promise<StoredMention[]> {
  const rows = await tx.mention.findMany({ where: { writeupId, source: { in: ["confirmed", "rejected"] } }, select: mentionColumns });
  return rows.map(storedMentionOf);
}

/** What a re-render needs of each writeup: its text, its revision and its stored mentions. */
export async function readForRerender(db: Db | Tx, ids: readonly string[]) {
  const rows = await db.writeup.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, body: true, version: true, revision: true, mentions: { select: mentionColumns } },
  });
  return rows.map((w) => ({
    id: w.id,
    body: w.body,
    version: w.version,
    revision: w.revision,
    mentions: w.mentions.map(storedMentionOf),
  }));
}

/** The writeups that link any of these talks or speakers. */
export async function writeupsLinking(db: Db | Tx, talkIds: readonly string[], speakerIds: readonly string[]): Promise<string[]> {
  if (!talkIds.length && !speakerIds.length) return [];
  const rows = await db.mention.findMany({
    where: { OR: [{ talkId: { in: [...talkIds] } }, { speakerId: { in: [...speakerIds] } }] },
    select: { writeupId: true },
    distinct: ["writeupId"],
  });
  return rows.map((r) => r.writeupId);
}

/** The full row after a change, for the editor's answer. */
export function writeupAfterChange(db: Db, id: string) {
  return db.writeup.findUnique({ where: { id }, select: { id: true, slug: true, title: true, status: true, publishedAt: true, bodyHtml: true, version: true } });
}

/** The writeup the editor opens, with its conferences. */
export function writeupForEditing(db: Db, id: string) {
  return db.writeup.findUnique({ where: { id }, include: { conferences: { select: { conference: { select: { slug: true, name: true } } } } } });
}

/** Slug lookups for an address change: a writeup that has it, or a redirect from it to another writeup. */
export async function slugHolder(tx: Tx, slug: string, selfId: string): Promise<boolean> {
  const [writeup, redirect] = await Promise.all([tx.writeup.findUnique({ where: { slug }, select: { id: true } }), tx.writeupSlugRedirect.findUnique({ where: { slug }, select: { writeupId: true } })]);
  return Boolean(writeup && writeup.id !== selfId) || Boolean(redirect && redirect.writeupId !== selfId);
}

/** Moves the writeup to `slug`; the old one redirects if it was ever public. */
export async function moveSlug(tx: Tx, id: string, from: string, to: string, keepRedirect: boolean) {
  await tx.writeupSlugRedirect.deleteMany({ where: { slug: to } });
  if (keepRedirect) await tx.writeupSlugRedirect.create({ data: { slug: from, writeupId: id } });
  await tx.writeup.update({ where: { id }, data: { slug: to, revision: { increment: 1 } } });
}

/** Deletes what has been in the trash since before `cutoff`. */
export async function deleteTrashedBefore(db: Db, cutoff: Date): Promise<number> {
  const { count } = await db.writeup.deleteMany({ where: { deletedAt: { lt: cutoff } } });
  return count;
}
