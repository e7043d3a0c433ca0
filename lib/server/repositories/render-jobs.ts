/**
 * The re-render flag on writeups (Writeup.renderStaleSince): set in the
 * transaction that changed something a writeup links, read and cleared by the
 * re-render job (lib/server/jobs/rerender.ts). The flag, not the job, is the
 * durable record of work to do.
 */
import type { Db, Tx } from "@/lib/server/db";

export interface StaleTargets {
  talkIds: readonly string[];
  speakerIds: readonly string[];
  writeupIds: readonly string[];
}

/** One UPDATE: the writeups named, and those that mention any of the talks or speakers. Returns how many. */
export async function markWriteupsStale(tx: Tx, targets: StaleTargets, at: Date): Promise<number> {
  const or = [
    ...(targets.writeupIds.length ? [{ id: { in: [...targets.writeupIds] } }] : []),
    ...(targets.talkIds.length ? [{ mentions: { some: { talkId: { in: [...targets.talkIds] } } } }] : []),
    ...(targets.speakerIds.length ? [{ mentions: { some: { speakerId: { in: [...targets.speakerIds] } } } }] : []),
  ];
  if (!or.length) return 0;
  const { count } = await tx.writeup.updateMany({ where: { OR: or }, data: { renderStaleSince: at } });
  return count;
}

export interface StaleWriteup {
  id: string;
  renderStaleSince: Date;
}

/** The next `limit` stale writeups after `afterId`, in id order (a sweep pages through them). */
export async function findStaleWriteups(db: Db | Tx, limit: number, afterId?: string): Promise<StaleWriteup[]> {
  const rows = await db.writeup.findMany({
    where: { renderStaleSince: { not: null }, ...(afterId ? { id: { gt: afterId } } : {}) },
    select: { id: true, renderStaleSince: true },
    orderBy: { id: "asc" },
    take: limit,
  });
  return rows.flatMap((r) => (r.renderStaleSince ? [{ id: r.id, renderStaleSince: r.renderStaleSince }] : []));
}

/**
 * Clears the flag of each writeup still marked at the time that was read: one
 * marked again meanwhile (a newer change) stays stale for the next run.
 */
export async function clearStaleIfUnchanged(tx: Tx, rows: readonly StaleWriteup[]): Promise<number> {
  if (!rows.length) return 0;
  const { count } = await tx.writeup.updateMany({
    where: { OR: rows.map((r) => ({ id: r.id, renderStaleSince: r.renderStaleSince })) },
    data: { renderStaleSince: null },
  });
  return count;
}

export async function countStaleWriteups(db: Db): Promise<number> {
  return db.writeup.count({ where: { renderStaleSince: { not: null } } });
}
