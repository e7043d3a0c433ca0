/**
 * The search page: the query as typed (trimmed, at most 200 characters), the
 * kind it is narrowed to, and the results — a few of each kind, or a page of
 * one kind. No query, no search.
 */
import type { Db } from "@/lib/server/db";
import { search, SEARCH_KINDS, type SearchKind } from "@/lib/server/repositories/search";
import { parsePage } from "@/lib/validations/params";

export { SEARCH_KINDS, type SearchKind };

export const SEARCH_PER_KIND = 5;
export const SEARCH_PAGE_SIZE = 20;

export async function getSearchPage(db: Db, params: { q?: string; type?: string; page?: string }) {
  const q = (params.q ?? "").trim().slice(0, 200);
  const only = SEARCH_KINDS.find((k) => k === params.type);
  const page = parsePage(params.page);
  const results = q
    ? await search(db, q, { only, limit: only ? SEARCH_PAGE_SIZE : SEARCH_PER_KIND, offset: only ? (page - 1) * SEARCH_PAGE_SIZE : 0 })
    : null;
  const total = results ? results.counts.writeup + results.counts.talk + results.counts.speaker : 0;
  return { q, only, page, results, total, terms: results?.terms ?? [] };
}

export type SearchPage = Awaited<ReturnType<typeof getSearchPage>>;
