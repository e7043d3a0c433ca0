/**
 * Full-text search over the per-kind search tables that the 0005 migration keeps
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
}

/**
 * Ranking scores every match, so a query that matches a large share of the
 * index (a word in every writeup) would cost time in proportion to the whole
 * site. Past this many matches, results come newest-written first instead;
 * a reader who typed such a common word is better served by recency anyway.
 */
export const RANK_LIMIT = 5_000;

// Table names come from this fixed map, never from input.
const TABLES: Record<SearchKind, { sqlite: string; pg: string }> = {
  writeup: { sqlite: "search_writeup", pg: "search_writeup" },
  talk: { sqlite: "search_talk", pg: "search_talk" },
  speaker: { sqlite: "search_speaker", pg: "search_speaker" },
};

async function count(db: Db, terms: string[], kind: SearchKind): Promise<number> {
  const table = TABLES[kind];
  const rows =
    providerOfDb(db) === "postgresql"
      ? await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT count(*) AS "n" FROM "${table.pg}" WHERE "tsv" @@ to_tsquery('simple', $1)`, pgTsQuery(terms))
      : await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT count(*) AS "n" FROM "${table.sqlite}_fts" WHERE "${table.sqlite}_fts" MATCH ?`, ftsMatch(terms));
  return Number(rows[0]?.n ?? 0);
}

async function rankedIds(db: Db, terms: string[], kind: SearchKind, matches: number, limit: number, offset: number, rankLimit: number): Promise<Hit[]> {
  if (matches === 0 || offset >= matches) return [];
  const table = TABLES[kind];
  const rank = matches <= rankLimit;
  if (providerOfDb(db) === "postgresql") {
    const order = rank ? `ts_rank_cd("tsv", q) DESC, "seq" DESC` : `"seq" DESC`;
    return db.$queryRawUnsafe<Hit[]>(
      `SELECT "ref_id" AS "refId" FROM "${table.pg}", to_tsquery('simple', $1) AS q WHERE "tsv" @@ q ORDER BY ${order} LIMIT $2 OFFSET $3`,
      pgTsQuery(terms),
      limit,
      offset,
    );
  }
  const order = rank ? `bm25("${table.sqlite}_fts", 8.0, 1.0), f.rowid DESC` : `f.rowid DESC`;
  return db.$queryRawUnsafe<Hit[]>(
    `SELECT d."ref_id" AS "refId" FROM (SELECT rowid FROM "${table.sqlite}_fts" WHERE "${table.sqlite}_fts" MATCH ? ORDER BY ${order.replace(/f\.rowid/g, "rowid")} LIMIT ? OFFSET ?) AS f JOIN "${table.sqlite}" d ON d."id" = f.rowid`,
    ftsMatch(terms),
    limit,
    offset,
  );
}

const isPublic = (w: { status: string; deletedAt: Date | null }) => w.status === PUBLIC_WRITEUP.status && w.deletedAt === null;

function inRankOrder<T extends { id: string }>(hits: Hit[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hits.flatMap((h) => byId.get(h.refId) ?? []);
}

const writeupSelect = {
  id: true,
  status: true,
  deletedAt: true,
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
export async function search(
  db: Db,
  query: string,
  options: { only?: SearchKind; limit: number; offset?: number; rankLimit?: number },
): Promise<SearchResults> {
  const terms = searchTerms(query);
  const empty: SearchResults = { terms, counts: { writeup: 0, talk: 0, speaker: 0 }, writeups: [], talks: [], speakers: [] };
  if (terms.length === 0) return empty;
  const offset = options.offset ?? 0;
  const kinds = options.only ? [options.only] : SEARCH_KINDS;
  const countList = await Promise.all(SEARCH_KINDS.map((k) => count(db, terms, k)));
  const counts = Object.fromEntries(SEARCH_KINDS.map((k, i) => [k, countList[i]!])) as Record<SearchKind, number>;
  const hits = await Promise.all(kinds.map((k) => rankedIds(db, terms, k, counts[k], options.limit, offset, options.rankLimit ?? RANK_LIMIT)));
  const hitsOf = (k: SearchKind) => hits[kinds.indexOf(k)] ?? [];
  const ids = (k: SearchKind) => hitsOf(k).map((h) => h.refId);
  const [writeups, talks, speakers] = await Promise.all([
    // By primary key alone: with the status filter in SQL, SQLite may walk the
    // status index over every published writeup. The index only holds public
    // writeups anyway; the check below keeps that promise if it ever drifts.
    ids("writeup").length
      ? db.writeup.findMany({ where: { id: { in: ids("writeup") } }, select: writeupSelect }).then((rows) => rows.filter(isPublic))
      : [],
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
