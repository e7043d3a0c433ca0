/**
 * `npm run db:migration -- <name>`: writes one migration per provider for the
 * change between the committed prisma/models.prisma (git HEAD) and the working
 * copy, using `prisma migrate diff` (which works offline, unlike `migrate dev`
 * on a fresh database). PostgreSQL needs a reachable server: set
 * MIGRATION_PG_URL (default postgresql://postgres@127.0.0.1:5433/postgres).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync, copyFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(2);
}
const urls = { sqlite: "file:./data/migration-scratch.db", postgresql: process.env.MIGRATION_PG_URL ?? "postgresql://postgres@127.0.0.1:5433/postgres" };
mkdirSync("data", { recursive: true });
for (const provider of ["sqlite", "postgresql"] as const) {
  const dir = path.join("prisma", provider, "migrations");
  // One more than the highest number (numbering has a gap: 0010 was folded into 0012).
  const numbers = readdirSync(dir).flatMap((d) => (/^\d{4}_/.test(d) ? [Number(d.slice(0, 4))] : []));
  const next = String(Math.max(0, ...numbers) + 1).padStart(4, "0");
  const old = mkdtempSync(path.join(os.tmpdir(), `hallway-${provider}-`));
  copyFileSync(path.join("prisma", provider, "datasource.prisma"), path.join(old, "datasource.prisma"));
  writeFileSync(path.join(old, "models.prisma"), execFileSync("git", ["show", "HEAD:prisma/models.prisma"]));
  const sql = execFileSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-schema-datamodel", old, "--to-schema-datamodel", path.join("prisma", provider), "--script"],
    { env: { ...process.env, DATABASE_URL: urls[provider], CHECKPOINT_DISABLE: "1" }, stdio: ["ignore", "pipe", "inherit"] },
  ).toString();
  rmSync(old, { recursive: true, force: true });
  const target = path.join(dir, `${next}_${name}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, "migration.sql"), sql);
  console.log(`wrote ${target}/migration.sql`);
}
rmSync("data/migration-scratch.db", { force: true });
