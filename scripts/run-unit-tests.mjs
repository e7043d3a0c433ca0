// Runs every tests/unit and tests/integration *.test.ts with node's test runner,
// or the folders given as arguments (`npm run test:real` passes tests/real).
// tests/real is never in the default: it needs the real data in ../shared.
import { spawnSync } from "node:child_process";
import { listTestFiles } from "./list-test-files.mjs";

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ["tests/unit", "tests/integration"];
const files = listTestFiles(roots);
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...files], { stdio: "inherit" });
process.exit(result.status ?? 1);
