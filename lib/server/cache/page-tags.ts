/**
 * tagPage(): gives the page being rendered the cache tags of what it shows
 * (lib/core/cache/page-tags.ts), so that Hallway's page cache
 * (page-cache-handler.mjs) drops it when one of them moves.
 *
 * Next 16 without Cache Components has no call that only tags a page; the tags
 * of an `unstable_cache` call made during a render become the page's tags
 * (they are sent as x-next-cache-tags with the cached page). So this caches a
 * constant under the tags: the data itself is read by the page's query as
 * usual. In a request that Next renders per request (a search, a signed-in
 * studio page) it is a no-op in effect.
 */
import { unstable_cache } from "next/cache";

const constant = async () => true;
const outsideNext = (error: unknown) => error instanceof Error && error.message.startsWith("Invariant: incrementalCache missing");

export async function tagPage(tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  try {
    await unstable_cache(constant, ["hallway-page-tags", ...tags], { tags: [...tags] })();
  } catch (error) {
    // Outside a Next render (the tests, the command line) there is no page to tag.
    if (outsideNext(error)) return;
    throw error;
  }
}

/**
 * A value that Next keeps in the same cache as the pages, under `tags`, for a
 * response Next cannot cache whole (a feed answers If-None-Match, so it reads
 * the request). `compute` must return JSON (Next stores it as such). Outside
 * Next it simply computes.
 */
export async function cachedUnderTags<T>(key: readonly string[], tags: readonly string[], compute: () => Promise<T>): Promise<T> {
  try {
    return await unstable_cache(compute, ["hallway", ...key], { tags: [...tags] })();
  } catch (error) {
    if (outsideNext(error)) return compute();
    throw error;
  }
}
