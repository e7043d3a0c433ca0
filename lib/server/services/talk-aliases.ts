/**
 * Talk aliases: what Hallway learns from authors (lib/core/mentions/talk-aliases.ts
 * has the rules) and what organizers correct on a talk's admin page.
 *
 * - learnAliases runs inside the transaction of the writeup change that
 *   produced the evidence (a decision on a suggestion, a save with explicit
 *   links), so an alias exists exactly when the decision does. It writes only
 *   what changes: a save that finds the same link again writes nothing, and
 *   the catalog version (moved by the table's triggers) stays put.
 * - The organizer's operations check the role, validate the phrase with
 *   messages that say what to do, and mark the talk's pages changed.
 *
 * An alias changes detection only: writeups already saved keep their stored
 * links (render on write) until they are saved again.
 */
import { hasRole } from "@/lib/core/auth/roles";
import { PageTag } from "@/lib/core/cache/page-tags";
import { DomainError } from "@/lib/core/errors";
import { ALIAS_MIN_LENGTH, aliasKey, aliasWorthRecording, nextAliasState, type AliasEvent, type AliasState } from "@/lib/core/mentions/talk-aliases";
import type { Db, Tx } from "@/lib/server/db";
import { markPagesChanged } from "@/lib/server/cache/page-cache";
import { deleteAlias, findAlias, findAliases, saveAlias, talkNames, updateAlias } from "@/lib/server/repositories/talk-aliases";
import { transaction } from "@/lib/server/repositories/transaction";

export interface AliasEvidence extends AliasEvent {
  talkId: string;
  /** The words as the author wrote them. */
  phrase: string;
  writeupId: string;
}

/** Records what these decisions teach; returns the ids of the talks whose aliases changed. */
export async function learnAliases(tx: Tx, evidence: readonly AliasEvidence[]): Promise<string[]> {
  if (evidence.length === 0) return [];
  const names = await talkNames(tx, evidence.map((e) => e.talkId));
  const wanted = new Map<string, AliasEvidence & { normalized: string }>();
  for (const e of evidence) {
    const talk = names.get(e.talkId);
    if (!talk || !aliasWorthRecording(e.phrase, talk.title, talk.conference)) continue;
    const normalized = aliasKey(e.phrase);
    wanted.set(`${e.talkId} ${normalized}`, { ...e, normalized });
  }
  if (wanted.size === 0) return [];
  const existing = new Map((await findAliases(tx, [...wanted.values()])).map((r) => [`${r.talkId} ${r.normalized}`, r as AliasState]));
  const changed = new Set<string>();
  for (const [key, e] of wanted) {
    const next = nextAliasState(existing.get(key) ?? null, e);
    if (!next) continue;
    await saveAlias(tx, { talkId: e.talkId, phrase: e.phrase, normalized: e.normalized, userId: e.authorId, writeupId: e.writeupId, ...next });
    changed.add(e.talkId);
  }
  return [...changed];
}

// ───────────── organizers ─────────────

interface Actor {
  id: string;
  role: string;
}

function requireOrganizer(actor: Actor | null): Actor {
  if (!actor) throw new DomainError("unauthenticated", "Sign in to do that.");
  if (!hasRole(actor.role, "organizer")) throw new DomainError("forbidden", "Only an organizer or admin can change a talk’s aliases.");
  return actor;
}

/** Adds a phrase to a talk as an organizer's alias (positive: it links; negative: those words never mean this talk). */
export async function addTalkAlias(db: Db, actorIn: Actor | null, talkId: string, phrase: string, negative: boolean): Promise<void> {
  const actor = requireOrganizer(actorIn);
  const written = phrase.replace(/\s+/g, " ").trim();
  const normalized = aliasKey(written);
  if (normalized.replace(/ /g, "").length < ALIAS_MIN_LENGTH) throw new DomainError("invalid", `An alias needs at least ${ALIAS_MIN_LENGTH} letters or digits.`, { field: "phrase", details: "alias-short" });
  await transaction(db, async (tx) => {
    const talk = (await talkNames(tx, [talkId])).get(talkId);
    if (!talk) throw new DomainError("not-found", "That talk no longer exists.");
    if (normalized === aliasKey(talk.title)) throw new DomainError("invalid", "That is the talk’s own title: Hallway finds it without an alias.", { field: "phrase", details: "alias-title" });
    const [existing] = await findAliases(tx, [{ talkId, normalized }]);
    if (existing) throw new DomainError("conflict", `“${existing.phrase}” is already ${existing.negative ? "a negative alias" : "an alias"} of this talk; flip or delete it below.`, { field: "phrase", details: "alias-exists" });
    await saveAlias(tx, { talkId, phrase: written, normalized, negative, source: "organizer", authorIds: [], userId: actor.id, writeupId: null });
    await markPagesChanged(tx, [PageTag.talk(talkId)]);
  });
}

/** Deletes one alias of `talkId`. */
export async function removeTalkAlias(db: Db, actorIn: Actor | null, talkId: string, aliasId: string): Promise<void> {
  requireOrganizer(actorIn);
  await transaction(db, async (tx) => {
    const alias = await findAlias(tx, aliasId);
    if (!alias || alias.talkId !== talkId) throw new DomainError("not-found", "That alias no longer exists.");
    await deleteAlias(tx, aliasId);
    await markPagesChanged(tx, [PageTag.talk(talkId)]);
  });
}

/**
 * Turns a positive alias negative or back. The organizer's word then stands:
 * authors' later decisions no longer change it (nextAliasState).
 */
export async function flipTalkAlias(db: Db, actorIn: Actor | null, talkId: string, aliasId: string): Promise<{ negative: boolean }> {
  requireOrganizer(actorIn);
  return transaction(db, async (tx) => {
    const alias = await findAlias(tx, aliasId);
    if (!alias || alias.talkId !== talkId) throw new DomainError("not-found", "That alias no longer exists.");
    const negative = !alias.negative;
    await updateAlias(tx, aliasId, { negative, source: "organizer" });
    await markPagesChanged(tx, [PageTag.talk(talkId)]);
    return { negative };
  });
}
