// postinstall: generate the Prisma client for both providers. The build chooses
// between them at runtime from DATABASE_URL (lib/server/db.ts), so both must exist.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("prisma/models.prisma")) process.exit(0); // installed as a dependency, nothing to do
const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
for (const provider of ["sqlite", "postgresql"]) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", `prisma/${provider}`], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...env, DATABASE_URL: provider === "postgresql" ? "postgresql://localhost/hallway" : "file:./data/hallway.db" },
  });
}
console.log("hallway: generated Prisma clients for sqlite and postgresql");
