/**
 * Full-text search over the search_doc index that the 0005 migration keeps
 * current with triggers: FTS5 with bm25 ranking on SQLite, a GIN-indexed
 * tsvector with ts_rank_cd on PostgreSQL. Both index text with diacritics
 * folded, and lib/core/search/query.ts builds the engine's query from letters
 * and digits only, so nothing a reader types reaches the query syntax.
 */
import { ftsMatch, pgTsQuery, searchTerms } from "@/lib/core/search/query";
import { Prisma, providerOfDb, type Db } from "@/lib/server/db";
import { PUBLIC_WRITEUP } from "./public-writeup";

export const SEARCH_KINDS = ["writeup", "talk", "speaker"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

interface Hit {
  refId: string;
  rank: number;
}

async function rankedIds(db: Db, terms: string[], kind: SearchKind, limit: number, offset: number): Promise<Hit[]> {
  if (providerOfDb(db) === "postgresql") {
    return db.$queryRaw<Hit[]>`
      SELECT "ref_id" AS "refId", ts_rank_cd("tsv", q)::float8 AS "rank"
      FROM "search_doc", to_tsquery('simple', ${pgTsQuery(terms)}) AS q
      WHERE "tsv" @@ q AND "kind" = ${kind}
      ORDER BY "rank" DESC, "ref_id" LIMIT ${limit} OFFSET ${offset}`;
  }
  return db.$queryRaw<Hit[]>`
    SELECT d."ref_id" AS "refId", bm25("search_fts", 8.0, 1.0) AS "rank"
    FROM "search_fts" JOIN "search_doc" d ON d."id" = "search_fts".rowid
    WHERE "search_fts" MATCH ${ftsMatch(terms)} AND d."kind" = ${kind}
    ORDER BY "rank", d."ref_id" LIMIT ${limit} OFFSET ${offset}`;
}

async function countsByKind(db: Db, terms: string[]): Promise<Record<SearchKind, number>> {
  const rows =
    providerOfDb(db) === "postgresql"
      ? await db.$queryRaw<{ kind: SearchKind; n: bigint | number }[]>`
          SELECT "kind", count(*) AS "n" FROM "search_doc" WHERE "tsv" @@ to_tsquery('simple', ${pgTsQuery(terms)}) GROUP BY "kind"`
      : await db.$queryRaw<{ kind: SearchKind; n: bigint | number }[]>`
          SELECT d."kind" AS "kind", count(*) AS "n" FROM "search_fts" JOIN "search_doc" d ON d."id" = "search_fts".rowid
          WHERE "search_fts" MATCH ${ftsMatch(terms)} GROUP BY d."kind"`;
  const counts: Record<SearchKind, number> = { writeup: 0, talk: 0, speaker: 0 };
  for (const r of rows) counts[r.kind] = Number(r.n);
  return counts;
}

function inRankOrder<T extends { id: string }>(hits: Hit[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hits.flatMap((h) => byId.get(h.refId) ?? []);
}

const writeupSelect = {
  id: true,
  slug: true,
  title: true,
  searchText: true,
  publishedAt: true,
  author: { select: { name: true, username: true } },
} satisfies Prisma.WriteupSelect;
const talkSelect = {
  id: true,
  slug: true,
  title: true,
  subtitle: true,
  abstract: true,
  kind: true,
  conference: { select: { slug: true, name: true } },
  speakers: { orderBy: { position: "asc" }, select: { speaker: { select: { name: true } } } },
} satisfies Prisma.TalkSelect;
const speakerSelect = { id: true, slug: true, name: true, affiliation: true, role: true, bio: true } satisfies Prisma.SpeakerSelect;

export interface SearchResults {
  terms: string[];
  counts: Record<SearchKind, number>;
  writeups: Prisma.WriteupGetPayload<{ select: typeof writeupSelect }>[];
  talks: Prisma.TalkGetPayload<{ select: typeof talkSelect }>[];
  speakers: Prisma.SpeakerGetPayload<{ select: typeof speakerSelect }>[];
}

/** Ranked results of each kind (`only` narrows to one kind, paginated). */
export async function search(db: Db, query: string, options: { only?: SearchKind; limit: number; offset?: number }): Promise<SearchResults> {
  const terms = searchTerms(query);
  const empty: SearchResults = { terms, counts: { writeup: 0, talk: 0, speaker: 0 }, writeups: [], talks: [], speakers: [] };
  if (terms.length === 0) return empty;
  const offset = options.offset ?? 0;
  const kinds = options.only ? [options.only] : SEARCH_KINDS;
  const [counts, ...hits] = await Promise.all([countsByKind(db, terms), ...kinds.map((k) => rankedIds(db, terms, k, options.limit, offset))]);
  const hitsOf = (k: SearchKind) => hits[kinds.indexOf(k)] ?? [];
  const ids = (k: SearchKind) => hitsOf(k).map((h) => h.refId);
  const [writeups, talks, speakers] = await Promise.all([
    ids("writeup").length ? db.writeup.findMany({ where: { id: { in: ids("writeup") }, ...PUBLIC_WRITEUP }, select: writeupSelect }) : [],
    ids("talk").length ? db.talk.findMany({ where: { id: { in: ids("talk") } }, select: talkSelect }) : [],
    ids("speaker").length ? db.speaker.findMany({ where: { id: { in: ids("speaker") } }, select: speakerSelect }) : [],
  ]);
  return {
    terms,
    counts,
    writeups: inRankOrder(hitsOf("writeup"), writeups),
    talks: inRankOrder(hitsOf("talk"), talks),
    speakers: inRankOrder(hitsOf("speaker"), speakers),
  };
}
