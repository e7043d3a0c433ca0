// Generates the Prisma client for both providers into node_modules/@hallway/.
// The build chooses between them at runtime from DATABASE_URL (lib/server/db.ts),
// so both must exist.
//
// Runs at postinstall, and before `npm start` and `npm test` with --if-stale:
// `npm install <package>` prunes the generated folders as extraneous and does
// not run the root postinstall, and a schema change needs a new client; a hash
// of the schema files tells whether anything needs doing.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

if (!existsSync("prisma/models.prisma")) process.exit(0); // installed as a dependency, nothing to do
const ifStale = process.argv.includes("--if-stale");
const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
let generated = 0;
for (const provider of ["sqlite", "postgresql"]) {
  const hash = createHash("sha256")
    .update(readFileSync("prisma/models.prisma"))
    .update(readFileSync(`prisma/${provider}/datasource.prisma`))
    .update(readFileSync("node_modules/prisma/package.json"))
    .digest("hex");
  const out = path.join("node_modules", "@hallway", `prisma-${provider}`);
  const stamp = path.join(out, ".schema-hash");
  if (ifStale && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) continue;
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", `prisma/${provider}`], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...env, DATABASE_URL: provider === "postgresql" ? "postgresql://localhost/hallway" : "file:./data/hallway.db" },
  });
  writeFileSync(stamp, hash);
  generated++;
}
if (generated) console.log(`hallway: generated ${generated} Prisma client${generated > 1 ? "s" : ""}`);
