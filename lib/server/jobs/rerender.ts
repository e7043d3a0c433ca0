/**
 * Keeping derived content true: when something a writeup links to changes
 * (a talk renamed, speakers merged, a programme re-imported, an alias added),
 * the writeups that link it are re-rendered in the background.
 *
 * Call requestRerender inside the transaction that made the change. It marks
 * the affected writeups stale (Writeup.renderStaleSince) in that same
 * transaction, so the request is exactly as durable as the change, and wakes
 * the re-render job once the transaction commits. The flag is the source of
 * truth: the job re-renders whatever is flagged, and it also runs whenever
 * workers start and every ten minutes, so a crash between the commit and the
 * job (or a job that failed all its retries) leaves nothing stale for long.
 * A failing job never rolls back or blocks the change that asked for it.
 */
import { markCatalogChangedHere } from "@/lib/server/cache/page-cache";
import type { Db, Tx } from "@/lib/server/db";
import { defineJob, enqueue, type JobContext } from "@/lib/server/jobs/queue";
import { clearStaleIfUnchanged, findStaleWriteups, markWriteupsStale } from "@/lib/server/repositories/render-jobs";
import { afterCommit, transaction } from "@/lib/server/repositories/transaction";

export interface RerenderRequest {
  talkIds?: readonly string[];
  speakerIds?: readonly string[];
  writeupIds?: readonly string[];
  /** Why, for the job log: "programme re-import", "speaker merge". */
  reason: string;
}

export type { Tx };

export const RERENDER_JOB = "rerender-stale-writeups";
/** Writeups re-rendered per transaction: a short write lock each, however many are stale. */
export const RERENDER_CHUNK = 25;

export async function requestRerender(tx: Tx, request: RerenderRequest): Promise<void> {
  // What the writeups link changed, so the programme did: its pages, on this instance at commit.
  markCatalogChangedHere(tx);
  const marked = await markWriteupsStale(
    tx,
    { talkIds: request.talkIds ?? [], speakerIds: request.speakerIds ?? [], writeupIds: request.writeupIds ?? [] },
    new Date(),
  );
  if (!marked) return;
  // Outside transaction() (the demo seed opens its own) there is no commit to
  // wait for; the sweep when workers start picks the flags up.
  afterCommit(tx, () => void enqueue(RERENDER_JOB, { reason: request.reason }));
}

type RerenderedListener = (writeupIds: readonly string[]) => void;
// Per process, not per bundle (see queue.ts): the job may run from another bundle's copy of this module.
const listeners: Set<RerenderedListener> = ((globalThis as unknown as { hallwayRerenderListeners?: Set<RerenderedListener> }).hallwayRerenderListeners ??= new Set());

/**
 * Called after each committed chunk with the writeups re-rendered, so a page
 * cache keyed by writeup can drop them (the content-version triggers already
 * see the writes). Returns a function that removes the listener.
 */
export function onWriteupsRerendered(listener: RerenderedListener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Re-renders every flagged writeup from current data, a chunk per
 * transaction. Idempotent and safe on several servers at once: rendering twice
 * gives the same HTML, and a flag is cleared only if nobody re-marked the
 * writeup since it was read (a newer change waits for the next run).
 */
export async function rerenderStaleWriteups(db: Db): Promise<number> {
  const { rerenderWriteups } = await import("@/lib/server/services/writeup-lifecycle");
  let done = 0;
  let after: string | undefined;
  for (;;) {
    // Read inside the transaction: on SQLite a read outside one shares the
    // connection with any open transaction and could see its uncommitted flags.
    const page = await transaction(db, async (tx) => {
      const stale = await findStaleWriteups(tx, RERENDER_CHUNK, after);
      if (!stale.length) return stale;
      await rerenderWriteups(tx, stale.map((w) => w.id));
      done += await clearStaleIfUnchanged(tx, stale);
      return stale;
    });
    if (!page.length) return done;
    for (const listener of listeners) listener(page.map((w) => w.id));
    after = page[page.length - 1]!.id;
  }
}

defineJob(RERENDER_JOB, async (_payload, { db }: JobContext) => void (await rerenderStaleWriteups(db)), {
  retries: 3,
  backoff: { delayMs: 2_000, maxMs: 60_000 },
  singleton: true,
  runAtStart: true,
  everyMinutes: 10,
});
