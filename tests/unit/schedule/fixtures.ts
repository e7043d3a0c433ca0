/**
 * Where the shared, read-only fixtures live: $HALLWAY_SHARED_DIR, else the
 * "shared" directory next to the repository. Tests read them in place; they
 * are never copied into the repo.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

export const sharedDir = process.env.HALLWAY_SHARED_DIR ?? path.resolve(repoRoot, "../shared");

export function schedulePath(file: string): string {
  return path.join(sharedDir, "fixtures", "schedules", file);
}

export function readSchedule(file: string): string {
  return readFileSync(schedulePath(file), "utf8");
}

/** Distinct non-empty values, for counting days and rooms. */
export function distinct<T>(values: (T | undefined)[]): Set<T> {
  return new Set(values.filter((v): v is T => v !== undefined && v !== ""));
}
