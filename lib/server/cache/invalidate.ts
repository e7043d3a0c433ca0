/**
 * What the write path calls after every commit that changes something a reader
 * sees: `contentChanged({ writeups: [id], talks: [id] })`, ids not slugs.
 *
 * Today it expires this instance's cached pages (revalidatePath("/", "layout")).
 * Reader pages are still rendered per request on main, so this has no visible
 * effect yet; callers can be wired now and keep working unchanged when the
 * read path moves to Next's own cache.
 *
 * The design it is written for (issue 14, "one read path"; not yet merged):
 * reader pages in Next's full-route cache with `revalidate = 1` and
 * `expireTime: 1` in next.config, so no copy older than a second is ever served
 * and a busy page costs one render per second per instance. That time bound,
 * not a signal, makes a change visible on every instance within 5 s: tag and
 * path revalidation reach only the instance they run in, and the command line
 * runs in none. This call then only makes the writer's own instance fresh at
 * once. Pages are not tagged per id: with a one-second lifetime a finer key
 * saves at most one render per page per second. The scope stays in the
 * signature so that per-id tags with longer lifetimes can come later without
 * touching the callers.
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
