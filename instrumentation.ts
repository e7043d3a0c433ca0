/**
 * Runs once when a Hallway server starts (Next's instrumentation hook). It
 * schedules the housekeeping every instance may do: purging writeups that have
 * been in the trash for 30 days. The purge is one idempotent DELETE, so
 * several instances running it is harmless.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { scheduleHousekeeping } = await import("./lib/server/housekeeping");
  scheduleHousekeeping();
}
