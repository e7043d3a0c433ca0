// Prisma CLI configuration. One model source, two providers: DATABASE_URL picks
// the schema folder, its migrations and the driver adapter (see ENVIRONMENT notes
// in the README). Runtime code does not use this file; see lib/server/db.ts.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

process.env.DATABASE_URL ??= "file:./data/hallway.db";
const url = process.env.DATABASE_URL;
const provider = /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    return provider === "postgresql"
      ? new PrismaPg({ connectionString: url })
      : new PrismaBetterSQLite3({ url });
  },
});
