// Runs every tests/unit and tests/integration *.test.ts with node's test runner.
// (Node 20's --test takes no glob patterns, so we list the files ourselves.)
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ["tests/unit", "tests/integration"];
const files = [];
const walk = (dir) => {
  if (!statSync(dir).isDirectory()) return void files.push(dir);
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith(".test.ts")) files.push(p);
  }
};
roots.forEach(walk);
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...files.sort()], { stdio: "inherit" });
process.exit(result.status ?? 1);
