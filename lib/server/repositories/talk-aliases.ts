/**
 * TalkAlias rows: phrases authors confirmed (or rejected) for a talk, and the
 * ones organizers set. Every write here moves CatalogVersion through the
 * table's triggers (migration 0013), so mention indexes are rebuilt.
 */
import type { Db, Prisma, Tx } from "@/lib/server/db";
import { containing } from "./users";
import { parseAuthorIds, type AliasSource, type AliasState } from "@/lib/core/mentions/talk-aliases";

export interface AliasRow extends AliasState {
  id: string;
  talkId: string;
  phrase: string;
  normalized: string;
}

const aliasSelect = { id: true, talkId: true, phrase: true, normalized: true, negative: true, source: true, authorIds: true } satisfies Prisma.TalkAliasSelect;

type Selected = Prisma.TalkAliasGetPayload<{ select: typeof aliasSelect }>;

const rowOf = (r: Selected): AliasRow => ({ ...r, source: r.source as AliasSource, authorIds: parseAuthorIds(r.authorIds) });

/** Every alias, for the detection catalog (lib/server/repositories/catalog.ts reads it with the talks). */
export function allAliases(db: Db | Tx) {
  return db.talkAlias.findMany({ select: aliasSelect, orderBy: { createdAt: "asc" } });
}

export const aliasRows = (rows: readonly Selected[]): AliasRow[] => rows.map(rowOf);

/** The stored aliases among these (talk, normalized phrase) pairs. */
export async function findAliases(db: Db | Tx, pairs: readonly { talkId: string; normalized: string }[]): Promise<AliasRow[]> {
  if (pairs.length === 0) return [];
  const rows = await db.talkAlias.findMany({ where: { OR: pairs.map((p) => ({ talkId: p.talkId, normalized: p.normalized })) }, select: aliasSelect });
  return rows.map(rowOf);
}

export async function findAlias(db: Db | Tx, id: string): Promise<AliasRow | null> {
  const row = await db.talkAlias.findUnique({ where: { id }, select: aliasSelect });
  return row ? rowOf(row) : null;
}

export interface AliasWrite extends AliasState {
  talkId: string;
  phrase: string;
  normalized: string;
  userId: string | null;
  writeupId: string | null;
}

/** Creates the alias or replaces its state; who recorded it first and from where stay as they were. */
export async function saveAlias(tx: Tx, a: AliasWrite): Promise<void> {
  const state = { negative: a.negative, source: a.source, authorIds: JSON.stringify(a.authorIds) };
  await tx.talkAlias.upsert({
    where: { talkId_normalized: { talkId: a.talkId, normalized: a.normalized } },
    create: { talkId: a.talkId, phrase: a.phrase, normalized: a.normalized, userId: a.userId, writeupId: a.writeupId, ...state },
    update: state,
  });
}

export async function updateAlias(tx: Tx, id: string, state: Partial<AliasState>): Promise<void> {
  await tx.talkAlias.update({
    where: { id },
    data: { ...(state.negative !== undefined ? { negative: state.negative } : {}), ...(state.source ? { source: state.source } : {}), ...(state.authorIds ? { authorIds: JSON.stringify(state.authorIds) } : {}) },
  });
}

export async function deleteAlias(tx: Tx, id: string): Promise<boolean> {
  const { count } = await tx.talkAlias.deleteMany({ where: { id } });
  return count > 0;
}

/** Titles and conference names of talks, to keep a talk's own title out of its aliases. */
export async function talkNames(db: Db | Tx, ids: readonly string[]): Promise<Map<string, { title: string; conference: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.talk.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, title: true, conference: { select: { name: true } } } });
  return new Map(rows.map((r) => [r.id, { title: r.title, conference: r.conference.name }]));
}

const adminAliasSelect = {
  id: true,
  phrase: true,
  normalized: true,
  negative: true,
  source: true,
  authorIds: true,
  createdAt: true,
  updatedAt: true,
  user: { select: { name: true, username: true } },
  writeup: { select: { title: true, slug: true, status: true, deletedAt: true } },
} satisfies Prisma.TalkAliasSelect;

/** A talk's aliases for its admin page, positives first, newest first. */
export function listTalkAliases(db: Db, talkId: string) {
  return db.talkAlias.findMany({ where: { talkId }, select: adminAliasSelect, orderBy: [{ negative: "asc" }, { createdAt: "desc" }] });
}

export type AdminAliasRow = Prisma.TalkAliasGetPayload<{ select: typeof adminAliasSelect }>;

// ───────────── the admin talk pages ─────────────

const adminTalkSelect = {
  id: true,
  slug: true,
  title: true,
  day: true,
  kind: true,
  conference: { select: { slug: true, name: true } },
  speakers: { orderBy: { position: "asc" }, select: { speaker: { select: { name: true } } } },
  _count: { select: { aliases: true } },
} satisfies Prisma.TalkSelect;

export type AdminTalkRow = Prisma.TalkGetPayload<{ select: typeof adminTalkSelect }>;

/** One talk's facts for its admin page. */
export function findAdminTalk(db: Db, talkId: string) {
  return db.talk.findUnique({ where: { id: talkId }, select: adminTalkSelect });
}

/** Talks whose title contains `q` (case-insensitive), or, without `q`, the talks that have aliases. */
export function searchAdminTalks(db: Db, q: string, limit: number) {
  const where = q ? { title: containing(db, q) } : { aliases: { some: {} } };
  return db.talk.findMany({ where, select: adminTalkSelect, orderBy: [{ conference: { name: "asc" } }, { day: "asc" }, { title: "asc" }], take: limit });
}
