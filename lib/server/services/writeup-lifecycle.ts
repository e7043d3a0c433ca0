/**
 * Every change to a writeup, one use case each, with authorization inside:
 * create a draft, save (and publish or unpublish in the same write), publish,
 * unpublish, change the address, move to the trash and back, decide a
 * mention, purge the trash. Import (import-writeups.ts) and re-rendering
 * (rerenderWriteups below) use the same pipeline and the same writes.
 *
 * Each change has the same shape:
 *   1. one read of the writeup's state, decisions, conferences, colliding
 *      slugs and the catalog version (readChangeContext);
 *   2. authorization and rules, then the pipeline in memory (parse once,
 *      detect, render, excerpts: writeup-pipeline.ts);
 *   3. one transaction whose first statement only matches the row at the
 *      version and revision read in 1, then the mentions and conferences in
 *      batched statements. If the row moved meanwhile (a link decision, a
 *      re-render) nothing is written and the change starts again from 1; if
 *      the text moved (another tab), the author gets a conflict with it.
 * Readers see the old writeup or the new one, never a mix.
 *
 * Who may do what: the author, on their own writeups; an organizer or admin
 * may moderate anyone's (unpublish, trash, restore). Nobody else, and never
 * anonymously — the caller passes the signed-in actor or nothing. A writeup
 * you may not see does not exist, as far as you can tell.
 */
import { hasRole } from "@/lib/core/auth/roles";
import { DomainError } from "@/lib/core/errors";
import { detectMentions } from "@/lib/core/mentions/detect-mentions";
import { reanchor, reconcileMentions, type MentionSource, type StoredMention } from "@/lib/core/mentions/reconcile-mentions";
import { applyGroupDecision, groupSuggestions, type Occurrence } from "@/lib/core/mentions/group-suggestions";
import { linkText } from "@/lib/core/mentions/talk-aliases";
import { normalizeName } from "@/lib/core/text/normalize";
import type { DetectedMention, MentionKind } from "@/lib/core/mentions/types";
import { slugify, uniqueSlug } from "@/lib/core/text/slugify";
import { deriveWriteup, rerenderBody } from "@/lib/core/writeups/derive-writeup";
import type { Db, Tx } from "@/lib/server/db";
import { transaction } from "@/lib/server/repositories/transaction";
import { markTags } from "@/lib/server/repositories/page-cache-tags";
import { markPagesChanged } from "@/lib/server/cache/page-cache";
import { PageTag, writeupChangeTags } from "@/lib/core/cache/page-tags";
import {
  deleteTrashedBefore,
  insertWriteup,
  latestText,
  moveSlug,
  readChangeContext,
  readForRerender,
  slugHolder,
  writeChange,
  writeupForEditing,
  type ChangeContext,
  type StoredChange,
  type WriteupState,
} from "@/lib/server/repositories/writeup-store";
import { isPrismaCode } from "@/lib/server/repositories/prisma-errors";
import { linkTargets, mentionIndexOfConferences, warmMentionCatalog } from "./mention-catalog";
import { parseBody, runPipeline } from "./writeup-pipeline";
import { learnAliases, type AliasEvidence } from "./talk-aliases";

export interface Actor {
  id: string;
  role: string;
}

export const TRASH_DAYS = 30;

export interface WriteupDraft {
  title: string;
  body: string;
  conferenceSlugs: string[];
  summary?: string | null;
  canonicalUrl?: string | null;
}

/** For a "conflict" on save: what is saved now, to offer the author. */
export interface LatestText {
  version: number;
  title: string;
  body: string;
  updatedAt: Date;
}

/** A write that found the row moved on since it was read, several times in a row. */
const ATTEMPTS = 4;

function requireActor(actor: Actor | null | undefined): Actor {
  if (!actor) throw new DomainError("unauthenticated", "Sign in to do that.");
  return actor;
}

const canModerate = (actor: Actor) => hasRole(actor.role, "organizer");

function authorize(actor: Actor, writeup: WriteupState | null, { moderate = false } = {}): WriteupState {
  const missing = () => new DomainError("not-found", "That writeup does not exist.");
  if (!writeup) throw missing();
  if (writeup.authorId === actor.id || (moderate && canModerate(actor))) return writeup;
  if (writeup.status !== "published" || writeup.trashed) throw missing();
  throw new DomainError("forbidden", "Only the author can change this writeup.");
}

/**
 * Runs a checked change until it lands: `attempt` reads, decides and writes,
 * and returns undefined when its write found the row moved on.
 */
async function untilWritten<T>(attempt: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < ATTEMPTS; i++) {
    const done = await attempt();
    if (done !== undefined) return done;
  }
  throw new DomainError("conflict", "This writeup is being changed somewhere else right now. Try again in a moment.");
}

/**
 * Writes one change in its own transaction, with the page-cache tags it moves
 * and the aliases its decisions teach (talk-aliases.ts); false when the row
 * moved on.
 */
const commit = (db: Db, change: StoredChange, tags: readonly string[], evidence: readonly AliasEvidence[] = []) =>
  transaction(db, async (tx) => {
    const written = await writeChange(tx, change);
    if (!written) return false;
    const learned = await learnAliases(tx, evidence);
    await markPagesChanged(tx, [...tags, ...learned.map(PageTag.talk)]);
    return true;
  });

/** A manual link to a Hallway talk page teaches its link text as an alias of the talk. */
const linkEvidence = (mentions: readonly StoredMention[], authorId: string, writeupId: string): AliasEvidence[] =>
  mentions
    .filter((m) => m.kind === "talk" && m.source === "explicit" && m.reason === "explicit link")
    .map((m) => ({ talkId: m.id, phrase: linkText(m.text), negative: false, source: "link" as const, authorId, writeupId }));

const isPublic = (w: { status: string; trashed: boolean }) => w.status === "published" && !w.trashed;

/** The ids of the talks or speakers that `mentions` link (a rejected mention links nothing). */
const linkedIds = (mentions: readonly StoredMention[], kind: MentionKind) => mentions.filter((m) => m.kind === kind && m.source !== "rejected").map((m) => m.id);

/**
 * The pages a change to a stored writeup affects (lib/core/cache/page-tags.ts):
 * from its state and links before (the context's read) and after.
 */
function tagsOfChange(ctx: ChangeContext, after: { status: string; trashed: boolean }, links?: { mentions: readonly StoredMention[]; conferenceIds: readonly string[] }): string[] {
  const w = ctx.writeup!;
  return writeupChangeTags({
    id: w.id,
    authorId: w.authorId,
    publicBefore: isPublic(w),
    publicAfter: isPublic(after),
    talkIds: [...ctx.linkedTalkIds, ...linkedIds(links?.mentions ?? [], "talk")],
    speakerIds: [...ctx.linkedSpeakerIds, ...linkedIds(links?.mentions ?? [], "speaker")],
    conferenceIds: [...ctx.conferenceIds, ...(links?.conferenceIds ?? [])],
  });
}

// ───────────── creating and saving ─────────────

export interface CreatedWriteup {
  id: string;
  slug: string;
  version: number;
  title: string;
  bodyHtml: string;
}

/** A new draft, linked by detection. */
export async function createDraft(db: Db, actorIn: Actor | null, draft: WriteupDraft): Promise<CreatedWriteup> {
  const actor = requireActor(actorIn);
  if (!hasRole(actor.role, "author")) throw new DomainError("forbidden", "Your account may not write.");
  return createWriteup(db, { authorId: actor.id, status: "draft", ...draft });
}

export interface NewWriteupInput extends Omit<WriteupDraft, "conferenceSlugs"> {
  conferenceSlugs?: string[];
  /** Conferences by id, with `mentions` given (fixtures), instead of by slug. */
  conferenceIds?: string[];
  authorId: string;
  status: "draft" | "published";
  slug?: string;
  publishedAt?: Date;
  /** Mentions already decided (fixtures, the demo): stored as given instead of detected. */
  mentions?: readonly MentionInput[];
}

/** A mention given as decided, by talk or speaker id. */
export interface MentionInput {
  kind: MentionKind;
  talkId?: string;
  speakerId?: string;
  start: number;
  end: number;
  text: string;
  source: MentionSource;
  confidence?: number;
  reason?: string;
}

const storedOf = (m: MentionInput): StoredMention => ({
  kind: m.kind,
  id: (m.kind === "talk" ? m.talkId : m.speakerId) ?? "",
  start: m.start,
  end: m.end,
  text: m.text,
  source: m.source,
  confidence: m.confidence ?? 1,
  reason: m.reason ?? null,
});

/**
 * Stores a new writeup through the pipeline: one read (free slugs, catalog
 * version), then one transaction of three inserts. Authorization is the
 * caller's (createDraft for people; seeds and tests call this directly).
 */
export async function createWriteup(db: Db, input: NewWriteupInput): Promise<CreatedWriteup> {
  const base = input.slug ?? (slugify(input.title) || "writeup");
  for (let i = 0; ; i++) {
    const ctx = await readChangeContext(db, null, base);
    const derived = await runPipeline(db, { ...input, conferenceSlugs: input.conferenceSlugs ?? [], catalogVersion: ctx.catalogVersion, mentions: input.mentions?.map(storedOf) });
    const slug = uniqueSlug(base, (s) => ctx.takenSlugs.has(s));
    try {
      const row = await transaction(db, async (tx) => {
        const inserted = await insertWriteup(tx, {
          authorId: input.authorId,
          slug,
          title: input.title,
          body: input.body,
          summary: input.summary ?? null,
          canonicalUrl: input.canonicalUrl ?? null,
          status: input.status,
          publishedAt: input.status === "published" ? (input.publishedAt ?? new Date()) : null,
          bodyHtml: derived.bodyHtml,
          excerpt: derived.excerpt,
          searchText: derived.searchText,
          conferenceIds: input.conferenceIds ?? derived.conferenceIds,
          mentions: derived.mentions,
        });
        const tags = writeupChangeTags({
          id: inserted.id,
          authorId: input.authorId,
          publicBefore: false,
          publicAfter: input.status === "published",
          talkIds: linkedIds(derived.mentions, "talk"),
          speakerIds: linkedIds(derived.mentions, "speaker"),
          conferenceIds: input.conferenceIds ?? derived.conferenceIds,
        });
        await markPagesChanged(tx, tags);
        return inserted;
      });
      return { id: row.id, slug: row.slug, version: row.version, title: input.title, bodyHtml: derived.bodyHtml };
    } catch (error) {
      // Someone took the slug between the read and the write: read again.
      if (!isPrismaCode(error, "P2002") || i >= ATTEMPTS) throw error;
    }
  }
}

export interface SavedWriteup {
  writeup: { id: string; slug: string; title: string; status: "draft" | "published"; version: number; publishedAt: Date | null; bodyHtml: string };
  suggestions: DetectedMention[];
  /** The text was saved but publishing was refused, and why. */
  refused?: string;
}

const NEEDS_TEXT = "A writeup needs a title and some text before it can be published.";

/**
 * Saves an edit made from `version`, and publishes or unpublishes it in the
 * same write when asked. If the text has moved on since `version` (a second
 * tab, another device), nothing is written and the "conflict" carries the
 * newer text. A draft's slug follows its title; a published slug stays put.
 */
export async function saveWriteup(db: Db, actorIn: Actor | null, id: string, version: number, draft: WriteupDraft, intent: "save" | "publish" | "unpublish" = "save"): Promise<SavedWriteup> {
  const actor = requireActor(actorIn);
  const base = slugify(draft.title) || "writeup";
  return untilWritten(async () => {
    const ctx = await readChangeContext(db, id, base);
    const w = authorize(actor, ctx.writeup);
    if (w.trashed) throw new DomainError("invalid", "This writeup is in the trash; restore it to edit it.");
    if (w.version !== version) await refuseStale(db, id);
    const derived = await runPipeline(db, { ...draft, previous: ctx.decisions, catalogVersion: ctx.catalogVersion, authorName: w.authorName });
    const slug = w.status === "draft" && !w.publishedAt && slugify(draft.title) !== slugify(w.title) ? uniqueSlug(base, (s) => ctx.takenSlugs.has(s)) : w.slug;
    const refused = intent === "publish" && (!draft.title.trim() || !draft.body.trim()) ? NEEDS_TEXT : undefined;
    const status = intent === "publish" && !refused ? "published" : intent === "unpublish" ? "draft" : w.status;
    const publishedAt = status === "published" ? (w.publishedAt ?? new Date()) : w.publishedAt;
    const written = await commit(db, {
      id,
      version: w.version,
      revision: w.revision,
      bumpVersion: true,
      columns: {
        title: draft.title,
        body: draft.body,
        summary: draft.summary ?? null,
        canonicalUrl: draft.canonicalUrl ?? null,
        slug,
        status,
        publishedAt,
        bodyHtml: derived.bodyHtml,
        excerpt: derived.excerpt,
        searchText: derived.searchText,
      },
      mentions: derived.mentions,
      conferences: { current: ctx.conferenceIds, wanted: derived.conferenceIds },
    }, tagsOfChange(ctx, { status, trashed: w.trashed }, derived), linkEvidence(derived.mentions, w.authorId, id));
    if (!written) return undefined;
    return {
      writeup: { id, slug, title: draft.title, status, version: w.version + 1, publishedAt, bodyHtml: derived.bodyHtml },
      suggestions: derived.suggestions,
      ...(refused ? { refused } : {}),
    };
  });
}

async function refuseStale(db: Db, id: string): Promise<never> {
  const latest = await latestText(db, id);
  throw new DomainError<LatestText>("conflict", "This writeup was changed somewhere else since you opened it. Your text was not saved; compare it with the newer version below.", {
    details: latest ?? undefined,
  });
}

// ───────────── status ─────────────

export interface ChangedWriteup {
  id: string;
  slug: string;
  title: string;
}

/** A status change of a writeup the actor may touch, checked like every write. */
async function changeStatus(db: Db, actor: Actor, id: string, moderate: boolean, decide: (w: WriteupState, ctx: ChangeContext) => Promise<StoredChange["columns"]> | StoredChange["columns"]): Promise<ChangedWriteup> {
  return untilWritten(async () => {
    const ctx = await readChangeContext(db, id);
    const w = authorize(actor, ctx.writeup, { moderate });
    const columns = await decide(w, ctx);
    const after = { status: columns.status ?? w.status, trashed: "deletedAt" in columns ? columns.deletedAt !== null : w.trashed };
    if (!(await commit(db, { id, version: w.version, revision: w.revision, bumpVersion: false, columns }, tagsOfChange(ctx, after)))) return undefined;
    return { id, slug: w.slug, title: w.title };
  });
}

export async function publishWriteup(db: Db, actorIn: Actor | null, id: string): Promise<ChangedWriteup> {
  return changeStatus(db, requireActor(actorIn), id, false, async (w) => {
    if (w.trashed) throw new DomainError("invalid", "Restore this writeup from the trash before publishing it.");
    const text = await latestText(db, id);
    if (!text?.title.trim() || !text.body.trim()) throw new DomainError("invalid", NEEDS_TEXT);
    return { status: "published", publishedAt: w.publishedAt ?? new Date() };
  });
}

export async function unpublishWriteup(db: Db, actorIn: Actor | null, id: string): Promise<ChangedWriteup> {
  return changeStatus(db, requireActor(actorIn), id, true, () => ({ status: "draft" }));
}

export async function trashWriteup(db: Db, actorIn: Actor | null, id: string, now = new Date()): Promise<ChangedWriteup> {
  return changeStatus(db, requireActor(actorIn), id, true, () => ({ deletedAt: now }));
}

export async function restoreWriteup(db: Db, actorIn: Actor | null, id: string): Promise<ChangedWriteup> {
  return changeStatus(db, requireActor(actorIn), id, true, () => ({ deletedAt: null }));
}

/** Deletes for good what has been in the trash for TRASH_DAYS days. */
export async function purgeTrash(db: Db, now = new Date()): Promise<number> {
  const count = await deleteTrashedBefore(db, new Date(now.getTime() - TRASH_DAYS * 86_400_000));
  return count;
}

/** Changes a slug; the old one redirects if the writeup was ever published. */
export async function changeSlug(db: Db, actorIn: Actor | null, id: string, wanted: string): Promise<ChangedWriteup> {
  const actor = requireActor(actorIn);
  const slug = slugify(wanted);
  if (!slug || slug !== wanted.trim().toLowerCase()) {
    throw new DomainError("invalid", `“${wanted}” is not a slug: use lower-case words joined by “-”, such as “${slug || "my-trip"}”.`, { field: "slug" });
  }
  const ctx = await readChangeContext(db, id);
  const w = authorize(actor, ctx.writeup);
  if (w.slug === slug) return { id, slug, title: w.title };
  await transaction(db, async (tx) => {
    if (await slugHolder(tx, slug, id)) throw new DomainError("conflict", `The address /writeups/${slug} is taken.`, { field: "slug" });
    await moveSlug(tx, id, w.slug, slug, w.publishedAt !== null);
    await markPagesChanged(tx, tagsOfChange(ctx, w));
  });
  return { id, slug, title: w.title };
}

// ───────────── mentions ─────────────

export interface MentionDecision {
  kind: MentionKind;
  /** The suggested talk or speaker. */
  id: string;
  /** The first occurrence of the words (where the editor showed them). */
  start: number;
  end: number;
  text: string;
  decision: "accept" | "reject";
  /** Accepting: another candidate the author picked instead of `id`. */
  choice?: string;
}

/**
 * Records the author's answer to a suggestion (or a link), and re-renders the
 * writeup, in one checked write. The answer covers every occurrence of the
 * same words suggested for the same target (group-suggestions.ts), and
 * teaches the words as an alias of the talk, or as a negative one
 * (talk-aliases.ts). Only the author may decide.
 */
export async function decideMention(db: Db, actorIn: Actor | null, writeupId: string, d: MentionDecision): Promise<{ bodyHtml: string; version: number; occurrences: number }> {
  const actor = requireActor(actorIn);
  return untilWritten(async () => {
    const ctx = await readChangeContext(db, writeupId);
    const w = authorize(actor, ctx.writeup);
    const [stored] = await readForRerender(db, [writeupId]);
    if (!stored) throw new DomainError("not-found", "That writeup does not exist.");
    // Every occurrence of these words suggested for this target; a decision on a
    // link (not a suggestion) covers the one occurrence it names.
    const phrase = normalizeName(d.text);
    const group = groupSuggestions(await suggestionsOf(db, ctx, stored.body)).find((g) => g.kind === d.kind && g.id === d.id && g.phrase === phrase);
    let occurrences: Occurrence[];
    if (group) occurrences = group.occurrences;
    else {
      const at = reanchor(stored.body, d.text, d.start);
      if (!at) throw new DomainError("conflict", `“${d.text}” is no longer in the writeup. Save, then try again.`, { field: "mention" });
      occurrences = [{ ...at, text: d.text }];
    }
    const chosen = d.decision === "accept" && d.choice ? d.choice : d.id;
    if (chosen !== d.id && !group?.candidates?.includes(chosen)) throw new DomainError("invalid", "That talk is not one of the suggestions for these words.", { field: "mention" });
    const targets = await linkTargets(db, ctx.catalogVersion);
    if (!targets(d.kind, chosen)) throw new DomainError("not-found", `There is no such ${d.kind} any more.`, { field: "mention" });
    // The decision replaces whatever of the same kind covered these words.
    const kept = applyGroupDecision(stored.mentions, occurrences, { kind: d.kind, id: chosen, decision: d.decision });
    const derived = deriveWriteup({ title: w.title, body: stored.body, ...parseBody(stored.body), detected: [], previous: [], targets, mentions: kept });
    const evidence: AliasEvidence[] =
      d.kind === "talk"
        ? [{ talkId: chosen, phrase: group?.text ?? d.text, negative: d.decision === "reject", source: d.decision === "reject" ? "rejected" : chosen !== d.id ? "candidate" : "confirmed", authorId: actor.id, writeupId }]
        : [];
    const written = await commit(
      db,
      { id: writeupId, version: w.version, revision: w.revision, bumpVersion: false, columns: { bodyHtml: derived.bodyHtml }, mentions: derived.mentions },
      tagsOfChange(ctx, w, { mentions: derived.mentions, conferenceIds: [] }),
      evidence,
    );
    if (!written) return undefined;
    return { bodyHtml: derived.bodyHtml, version: w.version, occurrences: occurrences.length };
  });
}

/** Detection over a stored body, less what the author already decided. */
async function suggestionsOf(db: Db, ctx: ChangeContext, body: string): Promise<DetectedMention[]> {
  const index = await mentionIndexOfConferences(db, ctx.conferenceIds, ctx.catalogVersion);
  // The sections were just parsed by the save that led here: detection reads them from the cache.
  return reconcileMentions(body, ctx.decisions, detectMentions(body, index, { tree: parseBody(body).tree, authorName: ctx.writeup?.authorName })).suggestions;
}

/** The suggestions the editor should offer for a saved writeup, without writing anything. */
export async function openSuggestions(db: Db, writeupId: string): Promise<DetectedMention[]> {
  const [ctx, [stored]] = await Promise.all([readChangeContext(db, writeupId), readForRerender(db, [writeupId])]);
  if (!stored) return [];
  return suggestionsOf(db, ctx, stored.body);
}

/** What the editor and dashboard may show: the actor's own writeup, drafts and trash included. */
export async function loadForEditing(db: Db, actorIn: Actor | null, id: string) {
  return (await openEditor(db, actorIn, id, { suggestions: false })).writeup;
}

/**
 * The editor's one read of a writeup: the actor's own writeup and, unless it
 * is in the trash, the open suggestions, from the same change context.
 */
export async function openEditor(db: Db, actorIn: Actor | null, id: string, { suggestions = true } = {}) {
  const actor = requireActor(actorIn);
  const ctx = await readChangeContext(db, id);
  authorize(actor, ctx.writeup);
  const writeup = await writeupForEditing(db, id);
  if (!writeup) throw new DomainError("not-found", "That writeup does not exist.");
  return { writeup, suggestions: suggestions && !writeup.deletedAt ? await suggestionsOf(db, ctx, writeup.body) : [] };
}

// ───────────── derived content ─────────────

/**
 * Renders stored writeups again from their markdown and stored mentions,
 * after something their links point at changed (a talk renamed, speakers
 * merged). Idempotent: each is rendered from the current catalog and written
 * only if it did not change meanwhile (a save that raced it rendered with the
 * current catalog itself, and that one is read again). Works on a client or
 * inside a caller's transaction. Returns how many were written.
 */
export async function rerenderWriteups(db: Db | Tx, writeupIds: readonly string[]): Promise<number> {
  if ("$transaction" in db) await warmMentionCatalog(db as Db);
  let pending = [...new Set(writeupIds)];
  const done: string[] = [];
  for (let attempt = 0; pending.length && attempt < ATTEMPTS; attempt++) {
    const moved: string[] = [];
    const targets = await linkTargets(db);
    for (const w of await readForRerender(db, pending)) {
      const { tree, render } = parseBody(w.body);
      const bodyHtml = rerenderBody(w.body, tree, w.mentions, targets, render);
      if (await writeChange(db as Tx, { id: w.id, version: w.version, revision: w.revision, bumpVersion: false, columns: { bodyHtml } })) done.push(w.id);
      else moved.push(w.id);
    }
    pending = moved;
  }
  // Only their own pages show the rendered bodies (a draft's tag is simply never read).
  await markTags(db, done.map(PageTag.writeup), Date.now());
  return done.length;
}
