/**
 * The app's side of the page cache (page-cache-handler.mjs holds the copies):
 *
 * - markPagesChanged(tx, tags): a use case says which pages its change
 *   affects. The marks are written in its transaction, so they exist exactly
 *   when the change does; once it commits, this instance drops the pages at
 *   once (the author sees their own change on the next request).
 * - startPageCacheSync(db): every SYNC_MS, one read of the marks made since
 *   (by any instance, or the command line), and of the catalog version (a
 *   programme change marks `catalog` through its triggers). Started by
 *   instrumentation.ts in each server.
 *
 * A mark is recorded with the time this instance learnt of it, on its own
 * clock, so instances never compare each other's clocks; the read reaches back
 * OVERLAP_MS to catch transactions that committed after later ones.
 */
import { PageTag } from "@/lib/core/cache/page-tags";
import type { Db, Tx } from "@/lib/server/db";
import { afterCommit } from "@/lib/server/repositories/transaction";
import { deleteTagMarksBefore, markTags, tagsMarkedSince } from "@/lib/server/repositories/page-cache-tags";
import { pageCacheState } from "./page-cache-handler.mjs";

export const SYNC_MS = 500;
const OVERLAP_MS = 10 * 60_000;
/** Marks older than this are deleted by the housekeeping. */
export const MARK_RETENTION_MS = 24 * 60 * 60_000;

function markHere(tags: readonly string[], at = Date.now()) {
  const { marked } = pageCacheState();
  for (const tag of tags) marked.set(tag, at);
}

/** Records the change's tags in its transaction; this instance drops the pages once it commits. */
export async function markPagesChanged(tx: Tx, tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  await markTags(tx, tags, Date.now());
  // Outside transaction() (a script's own client) there is no commit to wait
  // for: the row is already written, and the next sync picks it up.
  afterCommit(tx, () => markHere(tags));
}

/** Outside any transaction (the demo seed, a profile change that touches every page). */
export async function markPagesChangedNow(db: Db, tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  await markTags(db, tags, Date.now());
  markHere(tags);
}

/**
 * A programme change in `tx` (a rename, a merge, a re-import): other instances
 * see it through the catalog version at their next sync; this one drops its
 * catalog pages as soon as the change commits, so the organizer sees it at once.
 */
export function markCatalogChangedHere(tx: Tx): void {
  afterCommit(tx, () => markHere([PageTag.catalog]));
}

interface SyncState {
  seen: Map<string, number>;
  catalog: string | null;
}

/** One read: marks the tags that moved since the last read. Exported for the tests. */
export async function syncPageCache(db: Db, state: SyncState, now = Date.now()): Promise<string[]> {
  const { tags, catalog } = await tagsMarkedSince(db, now - OVERLAP_MS);
  const moved: string[] = [];
  for (const { tag, revisedAt } of tags) {
    if ((state.seen.get(tag) ?? -1) < revisedAt) {
      state.seen.set(tag, revisedAt);
      moved.push(tag);
    }
  }
  if (state.catalog !== null && state.catalog !== catalog) moved.push(PageTag.catalog);
  state.catalog = catalog;
  for (const [tag, at] of state.seen) if (at < now - OVERLAP_MS) state.seen.delete(tag);
  markHere(moved);
  return moved;
}

let running: { stop: () => void } | null = null;

export function startPageCacheSync(db: Db): { stop: () => void } {
  if (running) return running;
  const state: SyncState = { seen: new Map(), catalog: null };
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const tick = async () => {
    try {
      await syncPageCache(db, state);
    } catch (error) {
      // A database hiccup: keep serving, and try again at the next tick.
      console.error(JSON.stringify({ time: new Date().toISOString(), level: "error", msg: "page cache sync failed", error: error instanceof Error ? error.message : String(error) }));
    }
    if (!stopped) timer = setTimeout(tick, SYNC_MS).unref();
  };
  void tick();
  running = {
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      running = null;
    },
  };
  return running;
}

export function purgeOldTagMarks(db: Db, now = Date.now()): Promise<number> {
  return deleteTagMarksBefore(db, now - MARK_RETENTION_MS);
}
