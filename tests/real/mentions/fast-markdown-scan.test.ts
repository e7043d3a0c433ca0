/**
 * The hand-written scanner against the remark reference on the real writeups
 * in ../shared (read at run time, never copied here): real prose has the
 * constructs nobody thinks to write a snippet for. The snippet corpus is in
 * tests/unit/mentions/fast-markdown-scan.test.ts.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { test } from "node:test";
import { assertSameScan } from "../../unit/mentions/scan-assertions";
import { realSkip, sharedPath } from "../shared";

const reportsDir = sharedPath("fixtures", "mentions", "reports");
const seed = sharedPath("seeds", "001_196a8f7977896cb2.txt");
const skip = realSkip || (existsSync(reportsDir) && existsSync(seed) ? false : `${reportsDir} or ${seed} not found: real-data test skipped`);

test("real reports: the fast scan equals the remark scan", { skip }, () => {
  const files = readdirSync(reportsDir).filter((f) => f.endsWith(".md"));
  assert.ok(files.length > 0);
  for (const f of files) assertSameScan(readFileSync(`${reportsDir}/${f}`, "utf8"), f);
});

test("seed DockerCon report: the fast scan equals the remark scan", { skip }, () => {
  assertSameScan(readFileSync(seed, "utf8"), "seed");
});
