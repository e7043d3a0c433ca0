/**
 * The command line works on whatever DATABASE_URL names, applying migrations
 * first, so a brand-new SQLite file is ready to use; the connection is closed
 * when the command is done, so the process can exit.
 */
import { connect, type Db } from "@/lib/server/db";
import { databaseUrl } from "@/lib/server/database-url";
import { migrate } from "@/lib/server/migrate";

export async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const url = databaseUrl();
  await migrate(url);
  const db = connect(url);
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}
