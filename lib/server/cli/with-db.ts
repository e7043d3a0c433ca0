/**
 * The command line works on whatever DATABASE_URL names, applying migrations
 * first, so a brand-new SQLite file is ready to use; the connection is closed
 * when the command is done, so the process can exit.
 *
 * A command that changes what writeups link (programme import, speaker merge)
 * passes `jobs: true`: it runs the background jobs it caused before exiting,
 * so the command line leaves nothing stale. On SQLite they run in this
 * process; on PostgreSQL they go through the shared queue and this process
 * waits until it is empty (any server's worker may take them).
 */
import { connect, type Db } from "@/lib/server/db";
import { databaseUrl } from "@/lib/server/database-url";
import { drainJobs, startWorkers, stopWorkers } from "@/lib/server/jobs/workers";
import { migrate } from "@/lib/server/migrate";

export async function withDb<T>(fn: (db: Db) => Promise<T>, options: { jobs?: boolean } = {}): Promise<T> {
  const url = databaseUrl();
  await migrate(url);
  const db = connect(url);
  try {
    if (!options.jobs) return await fn(db);
    await startWorkers(db, { url });
    try {
      const result = await fn(db);
      await drainJobs();
      return result;
    } finally {
      await stopWorkers();
    }
  } finally {
    await db.$disconnect();
  }
}
