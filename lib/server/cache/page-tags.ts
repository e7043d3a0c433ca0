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

export async function tagPage(tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  try {
    await unstable_cache(constant, ["hallway-page-tags", ...tags], { tags: [...tags] })();
  } catch (error) {
    // Outside a Next render (the tests, the command line) there is no page to tag.
    if (error instanceof Error && error.message.startsWith("Invariant: incrementalCache missing")) return;
    throw error;
  }
}
