/**
 * bench:import — imports the largest schedule fixture into a fresh SQLite
 * database, then imports it again, and prints sessions per second for both.
 * Parsing and saving are timed separately so a regression can be placed.
 * Targets (issue 4): 1,000 sessions under 3 s first, under 2 s on re-import.
 */
import { readFileSync, rmSync, mkdirSync, statSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseProgramme } from "@/lib/core/programme/parse-programme";
import { migrate } from "@/lib/server/migrate";
import { connect } from "@/lib/server/db";
import { importProgramme } from "@/lib/server/services/import-programme";

const shared = path.resolve(process.env.HALLWAY_SHARED_DIR ?? path.join(process.cwd(), "..", "shared"));
const dir = path.join(shared, "fixtures/schedules");
const largest = readdirSync(dir)
  .filter((f) => /\.(xml|json|ics)$/.test(f) && f !== "MANIFEST.json")
  .map((f) => ({ f, size: statSync(path.join(dir, f)).size }))
  .sort((a, b) => b.size - a.size)[0]!.f;

mkdirSync("data/bench", { recursive: true });
const file = path.resolve("data/bench/import.db");
for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
const url = `file:${file}`;
await migrate(url);
const db = connect(url);
const text = readFileSync(path.join(dir, largest), "utf8");

console.log(`bench:import — ${largest} (${(text.length / 1e6).toFixed(1)} MB) into a fresh SQLite database`);
for (const run of ["first import", "re-import"]) {
  const t0 = performance.now();
  const programme = parseProgramme(text, { filename: largest });
  const t1 = performance.now();
  const summary = await importProgramme(db, programme);
  const t2 = performance.now();
  const n = programme.talks.length;
  const total = (t2 - t0) / 1000;
  console.log(
    `${run.padEnd(13)} ${n} sessions: parse ${((t1 - t0) / 1000).toFixed(2)} s + save ${((t2 - t1) / 1000).toFixed(2)} s = ${total.toFixed(2)} s → ${(n / total).toFixed(0)} sessions/s; 1,000 sessions ≈ ${((1000 / n) * total).toFixed(2)} s  (talks: ${summary.talks.created} created, ${summary.talks.unchanged} unchanged)`,
  );
}
await db.$disconnect();
