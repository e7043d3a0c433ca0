/**
 * The life of a writeup, with authorization enforced here for every mutation
 * (pages and actions only call in): create, save (with a version check, so a
 * stale tab never overwrites newer text), publish, unpublish, change slug,
 * move to the trash, restore, and purge after 30 days.
 *
 * Who may do what: the author, on their own writeups; an organizer or admin
 * may moderate anyone's (unpublish, trash, restore). Nobody else, and never
 * anonymously — the caller passes the signed-in actor or nothing.
 */
import { hasRole } from "@/lib/core/auth/roles";
import { leadExcerpt, plainText } from "@/lib/core/markdown/excerpts";
import { slugify, uniqueSlug } from "@/lib/core/text/slugify";
import type { Db, Tx } from "@/lib/server/db";
import { createWriteup } from "./save-writeup";
import { detectWriteupMentions, refreshWriteupMentions } from "./writeup-mentions";

export type WriteupErrorCode = "unauthenticated" | "not-found" | "forbidden" | "stale" | "invalid" | "slug-taken";

export class WriteupError extends Error {
  constructor(
    readonly code: WriteupErrorCode,
    message: string,
    /** For "stale": what is saved now, to offer the author. */
    readonly latest?: { version: number; title: string; body: string; updatedAt: Date },
  ) {
    super(message);
  }
}

export interface Actor {
  id: string;
  role: string;
}

export const TRASH_DAYS = 30;

function requireActor(actor: Actor | null | undefined): Actor {
  if (!actor) throw new WriteupError("unauthenticated", "Sign in to do that.");
  return actor;
}

const canModerate = (actor: Actor) => hasRole(actor.role, "organizer");

async function loadOwned(db: Db | Tx, actor: Actor, id: string, { moderate = false } = {}) {
  const writeup = await db.writeup.findUnique({ where: { id } });
  // A writeup you may not see does not exist, as far as you can tell.
  if (!writeup) throw new WriteupError("not-found", "That writeup does not exist.");
  const owner = writeup.authorId === actor.id;
  if (!owner && !(moderate && canModerate(actor))) {
    if (writeup.status !== "published" || writeup.deletedAt) throw new WriteupError("not-found", "That writeup does not exist.");
    throw new WriteupError("forbidden", "Only the author can change this writeup.");
  }
  return writeup;
}

export interface WriteupDraft {
  title: string;
  body: string;
  conferenceSlugs: string[];
  summary?: string | null;
  canonicalUrl?: string | null;
}

async function conferenceIds(db: Db | Tx, slugs: string[]): Promise<string[]> {
  const found = await db.conference.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const missing = slugs.filter((s) => !found.some((f) => f.slug === s));
  if (missing.length) throw new WriteupError("invalid", `No conference ${missing.map((m) => `“${m}”`).join(", ")} on this site.`);
  return found.map((f) => f.id);
}

/** A new draft, linked by detection. */
export async function createDraft(db: Db, actorIn: Actor | null, draft: WriteupDraft) {
  const actor = requireActor(actorIn);
  if (!hasRole(actor.role, "author")) throw new WriteupError("forbidden", "Your account may not write.");
  const ids = await conferenceIds(db, draft.conferenceSlugs);
  const { mentions } = await detectWriteupMentions(db, draft.body, draft.conferenceSlugs);
  return createWriteup(db, {
    authorId: actor.id,
    title: draft.title,
    body: draft.body,
    conferenceIds: ids,
    status: "draft",
    summary: draft.summary ?? null,
    canonicalUrl: draft.canonicalUrl ?? null,
    mentions,
  });
}

/**
 * Saves an edit made from `version`. If the writeup has moved on since (a
 * second tab, another device), nothing is written and the error carries the
 * newer text. A draft's slug follows its title; a published slug stays put.
 */
export async function saveWriteup(db: Db, actorIn: Actor | null, id: string, version: number, draft: WriteupDraft) {
  const actor = requireActor(actorIn);
  await db.$transaction(async (tx) => {
    const current = await loadOwned(tx, actor, id);
    if (current.deletedAt) throw new WriteupError("invalid", "This writeup is in the trash; restore it to edit it.");
    const ids = await conferenceIds(tx, draft.conferenceSlugs);
    let slug = current.slug;
    if (current.status === "draft" && !current.publishedAt && slugify(draft.title) !== slugify(current.title)) {
      slug = await freeSlug(tx, slugify(draft.title), id);
    }
    // Optimistic lock: the row changes only if nobody saved since `version`.
    const updated = await tx.writeup.updateMany({
      where: { id, version },
      data: {
        title: draft.title,
        body: draft.body,
        slug,
        summary: draft.summary ?? null,
        canonicalUrl: draft.canonicalUrl ?? null,
        excerpt: leadExcerpt(draft.body, 280, draft.title),
        searchText: plainText(draft.body),
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) {
      const latest = await tx.writeup.findUniqueOrThrow({ where: { id }, select: { version: true, title: true, body: true, updatedAt: true } });
      throw new WriteupError("stale", "This writeup was changed somewhere else since you opened it. Your text was not saved; compare it with the newer version below.", latest);
    }
    await tx.writeupConference.deleteMany({ where: { writeupId: id } });
    if (ids.length) await tx.writeupConference.createMany({ data: ids.map((conferenceId) => ({ writeupId: id, conferenceId })) });
  });
  // Detect again on the new text, keeping the author's decisions, and re-render.
  const suggestions = await refreshWriteupMentions(db, id);
  return { writeup: await db.writeup.findUniqueOrThrow({ where: { id } }), suggestions };
}

async function freeSlug(tx: Tx, base: string, selfId: string): Promise<string> {
  const rows = await tx.writeup.findMany({ where: { slug: { startsWith: base }, NOT: { id: selfId } }, select: { slug: true } });
  const redirects = await tx.writeupSlugRedirect.findMany({ where: { slug: { startsWith: base } }, select: { slug: true, writeupId: true } });
  const taken = new Set([...rows.map((r) => r.slug), ...redirects.filter((r) => r.writeupId !== selfId).map((r) => r.slug)]);
  return uniqueSlug(base || "writeup", (s) => taken.has(s));
}

export async function publishWriteup(db: Db, actorIn: Actor | null, id: string) {
  const actor = requireActor(actorIn);
  const w = await loadOwned(db, actor, id);
  if (w.deletedAt) throw new WriteupError("invalid", "Restore this writeup from the trash before publishing it.");
  if (!w.title.trim() || !w.body.trim()) throw new WriteupError("invalid", "A writeup needs a title and some text before it can be published.");
  return db.writeup.update({ where: { id }, data: { status: "published", publishedAt: w.publishedAt ?? new Date() } });
}

export async function unpublishWriteup(db: Db, actorIn: Actor | null, id: string) {
  const actor = requireActor(actorIn);
  await loadOwned(db, actor, id, { moderate: true });
  return db.writeup.update({ where: { id }, data: { status: "draft" } });
}

/** Changes a slug; the old one redirects if the writeup was ever published. */
export async function changeSlug(db: Db, actorIn: Actor | null, id: string, wanted: string) {
  const actor = requireActor(actorIn);
  const slug = slugify(wanted);
  if (!slug || slug !== wanted.trim().toLowerCase()) throw new WriteupError("invalid", `“${wanted}” is not a slug: use lower-case words joined by “-”, such as “${slug || "my-trip"}”.`);
  return db.$transaction(async (tx) => {
    const w = await loadOwned(tx, actor, id);
    if (w.slug === slug) return w;
    const clash = (await tx.writeup.findUnique({ where: { slug }, select: { id: true } })) ?? (await tx.writeupSlugRedirect.findUnique({ where: { slug }, select: { writeupId: true } }).then((r) => (r && r.writeupId !== id ? r : null)));
    if (clash) throw new WriteupError("slug-taken", `The address /writeups/${slug} is taken.`);
    await tx.writeupSlugRedirect.deleteMany({ where: { slug } });
    if (w.publishedAt) await tx.writeupSlugRedirect.create({ data: { slug: w.slug, writeupId: id } });
    return tx.writeup.update({ where: { id }, data: { slug } });
  });
}

export async function trashWriteup(db: Db, actorIn: Actor | null, id: string, now = new Date()) {
  const actor = requireActor(actorIn);
  await loadOwned(db, actor, id, { moderate: true });
  return db.writeup.update({ where: { id }, data: { deletedAt: now } });
}

export async function restoreWriteup(db: Db, actorIn: Actor | null, id: string) {
  const actor = requireActor(actorIn);
  await loadOwned(db, actor, id, { moderate: true });
  return db.writeup.update({ where: { id }, data: { deletedAt: null } });
}

/** Deletes for good what has been in the trash for TRASH_DAYS days. */
export async function purgeTrash(db: Db, now = new Date()) {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * 86_400_000);
  const { count } = await db.writeup.deleteMany({ where: { deletedAt: { lt: cutoff } } });
  return count;
}

/** What the editor and dashboard may show: the actor's own writeup, drafts and trash included. */
export async function loadForEditing(db: Db, actorIn: Actor | null, id: string) {
  const actor = requireActor(actorIn);
  const w = await loadOwned(db, actor, id);
  return db.writeup.findUniqueOrThrow({
    where: { id: w.id },
    include: { conferences: { select: { conference: { select: { slug: true, name: true } } } } },
  });
}
