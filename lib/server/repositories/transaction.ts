/**
 * Runs a use case's writes in one database transaction. Services group their
 * repository calls with this instead of touching the client themselves.
 *
 * afterCommit lets code deep inside a use case (requestRerender) act once the
 * transaction's changes are visible to everyone, e.g. wake a background job;
 * if the transaction rolls back, the callbacks never run.
 */
import { recordTransaction, type Db, type Tx } from "@/lib/server/db";

const pending = new WeakMap<Tx, Array<() => void>>();

export async function transaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  const callbacks: Array<() => void> = [];
  const result = await db.$transaction(
    (tx) => {
      pending.set(tx, callbacks);
      recordTransaction(tx, db);
      return work(tx);
    },
    { timeout: options.timeout ?? 30_000, maxWait: 10_000 },
  );
  for (const callback of callbacks) callback();
  return result;
}

/**
 * Runs `callback` after `tx` commits. Returns false (and never runs it) when
 * `tx` was not opened by transaction(), so the caller can fall back on
 * something durable.
 */
export function afterCommit(tx: Tx, callback: () => void): boolean {
  const callbacks = pending.get(tx);
  if (!callbacks) return false;
  callbacks.push(callback);
  return true;
}
