/**
 * The team's own schedule fixtures (tests/fixtures/schedules): small files
 * with invented content in the real structure of each export format, so
 * `npm test` passes in a clone with nothing beside it. The real third-party
 * exports in ../shared are read only by the opt-in suite in tests/real.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

export const fixturesDir = path.join(repoRoot, "tests", "fixtures", "schedules");

export function programmePath(file: string): string {
  return path.join(fixturesDir, file);
}

export function readProgramme(file: string): string {
  return readFileSync(programmePath(file), "utf8");
}

/** Distinct non-empty values, for counting days and rooms. */
export function distinct<T>(values: (T | undefined)[]): Set<T> {
  return new Set(values.filter((v): v is T => v !== undefined && v !== ""));
}
