/**
 * What the write path calls after every commit that changes something a reader
 * sees: `contentChanged({ writeups: [id], talks: [id] })`, ids not slugs.
 *
 * How reader pages are cached (issue 14, "one read path"):
 * - Reader pages and feeds are in Next's own full-route cache (ISR): each route
 *   says `revalidate = 1`, and next.config sets `expireTime` to 1 s, so a copy
 *   older than a second is never served: the next request waits for a fresh
 *   render (concurrent requests share it), and a busy page costs one render
 *   per second per instance, not one per request.
 * - That time bound, not a signal, is what makes a change visible on every
 *   instance within the 5 s the product promises: tag and path revalidation
 *   only reach the instance they run in, several app servers share one
 *   database, and the command line (`hallway writeups import`) runs in no
 *   server at all. So there is no content-version counter any more (migration
 *   0009 drops it and its triggers).
 * - On top of that, the instance that made the change expires its own copies
 *   at once, so an author sees their publish on the very next request. Pages
 *   are not tagged per id: with a one-second lifetime a finer key would save at
 *   most one render per page per second, and every reader page shows lists
 *   (coverage, programmes, feeds) that a change to one writeup reaches anyway.
 *   The scope is kept in the signature so that a longer lifetime with per-id
 *   tags can come later without touching the callers.
 *
 * Safe anywhere: outside a request (CLI, jobs, tests) there is no cache of
 * this process's to expire, and it does nothing.
 */
import { revalidatePath } from "next/cache";

export interface ContentScope {
  writeups?: string[];
  talks?: string[];
  speakers?: string[];
  conferences?: string[];
  authors?: string[];
  everything?: boolean;
}

function isEmpty(scope: ContentScope): boolean {
  return !scope.everything && ![scope.writeups, scope.talks, scope.speakers, scope.conferences, scope.authors].some((ids) => ids && ids.length > 0);
}

export function contentChanged(scope: ContentScope): void {
  if (isEmpty(scope)) return;
  try {
    // Every page under the root layout: reader pages, feeds, sitemaps.
    revalidatePath("/", "layout");
  } catch {
    // Not inside a request or server action (CLI, background job, unit test):
    // nothing cached here; other processes' copies expire by themselves within a second.
  }
}
