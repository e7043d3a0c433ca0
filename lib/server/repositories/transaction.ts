/**
 * Runs a use case's writes in one database transaction. Services group their
 * repository calls with this instead of touching the client themselves.
 */
import type { Db, Tx } from "@/lib/server/db";

export function transaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  return db.$transaction(work, { timeout: options.timeout ?? 30_000, maxWait: 10_000 });
}
