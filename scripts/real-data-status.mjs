// `npm test`'s one line about the opt-in real-data suite (tests/real).
//
// With ../shared (or $HALLWAY_SHARED_DIR) present, npm test leaves the suite
// alone: `npm run test:real` runs it, and CI does so after npm test. Without
// it, the suite is run here anyway, so that the skips are counted by the test
// runner itself rather than guessed from the source; everything skips, so it
// is quick. A test that runs or fails without the real data is a mistake
// (it belongs in tests/unit), and makes this script fail.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { listTestFiles } from "./list-test-files.mjs";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const sharedDir = process.env.HALLWAY_SHARED_DIR ?? path.resolve(repoRoot, "../shared");
const shown = process.env.HALLWAY_SHARED_DIR ?? "../shared";

if (existsSync(sharedDir)) {
  console.log(`real-data suite: not run by npm test (${shown} found; run npm run test:real, as CI does after npm test)`);
  process.exit(0);
}

const files = listTestFiles([path.join(repoRoot, "tests", "real")]);
const run = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=tap", ...files], {
  cwd: repoRoot,
  encoding: "utf8",
});
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, "m").exec(run.stdout ?? "")?.[1] ?? NaN);
const [tests, pass, fail, skipped] = ["tests", "pass", "fail", "skipped"].map(count);

if (run.status !== 0 || !(tests >= 0) || fail > 0 || pass > 0) {
  process.stdout.write(run.stdout ?? "");
  process.stderr.write(run.stderr ?? "");
  const why = pass > 0 || fail > 0
    ? `${pass} passed and ${fail} failed without ${shown}; a test that needs no real data belongs in tests/unit`
    : `the runner exited with ${run.status}`;
  console.error(`real-data suite: ${why}`);
  process.exit(1);
}
console.log(`real-data suite: skipped ${skipped} tests (${shown} not found; run npm run test:real with ../shared beside the clone)`);
