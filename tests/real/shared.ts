/**
 * Where the real third-party data lives: $HALLWAY_SHARED_DIR, else the
 * "shared" directory beside the clone. It is copyrighted, so it is read in
 * place and never copied into the repo; only the tests in tests/real use it.
 *
 * Without it every real-data test is skipped with `realSkip` as the reason,
 * so the runner's own report says what was skipped and why
 * (scripts/real-data-status.mjs counts those skips for `npm test`).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const sharedDir = process.env.HALLWAY_SHARED_DIR ?? path.resolve(repoRoot, "../shared");
export const sharedPath = (...parts: string[]): string => path.join(sharedDir, ...parts);
export const hasShared = (): boolean => existsSync(sharedDir);

/** node:test's `skip` option: false with ../shared present, else the reason. */
export const realSkip: string | false = hasShared()
  ? false
  : `${sharedDir} not found: real-data test skipped (put ../shared beside the clone or set HALLWAY_SHARED_DIR)`;

export function realProgrammePath(file: string): string {
  return sharedPath("fixtures", "schedules", file);
}

export function readRealProgramme(file: string): string {
  return readFileSync(realProgrammePath(file), "utf8");
}
