/**
 * Periodic jobs inside each server process. No job keeps state another
 * instance needs; each is safe to run on every instance at once.
 */
import { getDb } from "@/lib/server/db";
import { purgeOldTagMarks } from "@/lib/server/cache/page-cache";
import { purgeTrash } from "@/lib/server/services/writeup-lifecycle";

const HOUR = 3_600_000;

function log(level: "info" | "error", msg: string, fields: Record<string, unknown> = {}) {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
}

export async function runTrashPurge(): Promise<number> {
  try {
    const purged = await purgeTrash(getDb());
    if (purged) log("info", "purged trash", { writeups: purged });
    return purged;
  } catch (error) {
    log("error", "trash purge failed", { error: error instanceof Error ? error.message : String(error) });
    return 0;
  }
}

/** Page-cache marks older than a day are read by no one (lib/server/cache/page-cache.ts). */
export async function runTagMarkPurge(): Promise<number> {
  try {
    return await purgeOldTagMarks(getDb());
  } catch (error) {
    log("error", "page cache mark purge failed", { error: error instanceof Error ? error.message : String(error) });
    return 0;
  }
}

let scheduled = false;

/** A purge a minute after start, then every six hours; the timers never keep the process alive. */
export function scheduleHousekeeping(): void {
  if (scheduled || process.env.HALLWAY_HOUSEKEEPING === "off") return;
  scheduled = true;
  setTimeout(() => void runTrashPurge(), 60_000).unref();
  setInterval(() => void runTrashPurge(), 6 * HOUR).unref();
  setInterval(() => void runTagMarkPurge(), 6 * HOUR).unref();
}
