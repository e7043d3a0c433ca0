/**
 * Runs once when a Hallway server starts (Next's instrumentation hook). It
 * schedules the housekeeping every instance may do: purging writeups that have
 * been in the trash for 30 days. The purge is one idempotent DELETE, so
 * several instances running it is harmless.
 *
 * It starts the page cache's sync (lib/server/cache/page-cache.ts): every
 * half second, the changes any instance made, so that this one stops serving
 * the pages they affect.
 *
 * It also starts this instance's background job workers (lib/server/jobs):
 * on PostgreSQL they share pg-boss's queue with every other instance; on
 * SQLite they run in this process. Starting them re-renders any writeup left
 * stale by a crash. HALLWAY_JOBS=off leaves them off (an instance that only
 * serves pages).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { scheduleHousekeeping } = await import("./lib/server/housekeeping");
  scheduleHousekeeping();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ getDb }, { startPageCacheSync }] = await Promise.all([import("./lib/server/db"), import("./lib/server/cache/page-cache")]);
  // Every server keeps its page cache in step with changes made anywhere.
  startPageCacheSync(getDb());
  if (process.env.HALLWAY_JOBS === "off") return;
  const { startWorkers } = await import("./lib/server/jobs/workers");
  try {
    await startWorkers(getDb());
  } catch (error) {
    // Jobs failing to start must not stop the site serving pages; the stale
    // flags wait for the next start, and /api/health shows them.
    console.error(JSON.stringify({ time: new Date().toISOString(), level: "error", msg: "job workers did not start", error: error instanceof Error ? error.message : String(error) }));
  }
}
