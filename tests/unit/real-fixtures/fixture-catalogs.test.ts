/**
 * The real-data catalogs (tests/real/mentions/fixture-catalogs.ts) fail
 * loudly, naming the file, when a fixture is missing or doesn't parse; they
 * never fall back to another reader. Runs without ../shared: it points
 * HALLWAY_SHARED_DIR at a folder of broken fixtures made here.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(os.tmpdir(), "hallway-fixtures-"));
after(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(path.join(dir, "fixtures", "schedules"), { recursive: true });
mkdirSync(path.join(dir, "fixtures", "dockercon-eu-2017"), { recursive: true });
writeFileSync(path.join(dir, "fixtures", "schedules", "broken-schedule.xml"), "<schedule><conference>");
writeFileSync(path.join(dir, "fixtures", "schedules", "broken.ics"), "not a calendar");
writeFileSync(path.join(dir, "fixtures", "schedules", "notes.txt"), "");
writeFileSync(path.join(dir, "fixtures", "dockercon-eu-2017", "sessions.json"), "{ not json");
// Before the module is loaded: it reads the variable once.
process.env.HALLWAY_SHARED_DIR = dir;
const { loadDockerconCatalog, loadProgrammeCatalog } = await import("../../real/mentions/fixture-catalogs");

const schedule = (name: string) => path.join(dir, "fixtures", "schedules", name);

test("a schedule that doesn't parse fails, naming the file and the format", async () => {
  await assert.rejects(loadProgrammeCatalog("broken-schedule.xml"), (e: Error) => e.message.startsWith(`fixture ${schedule("broken-schedule.xml")} could not be read as a frab XML schedule: `));
  await assert.rejects(loadProgrammeCatalog("broken.ics"), (e: Error) => e.message.startsWith(`fixture ${schedule("broken.ics")} could not be read as an iCalendar schedule: `));
});

test("a missing fixture, or one no parser reads, fails naming the file", async () => {
  await assert.rejects(loadProgrammeCatalog("absent.xml"), { message: `fixture ${schedule("absent.xml")} is missing (set HALLWAY_SHARED_DIR to the folder that holds fixtures/)` });
  await assert.rejects(loadProgrammeCatalog("notes.txt"), { message: `fixture ${schedule("notes.txt")}: no schedule parser for this kind of file (.xml or .ics)` });
});

test("DockerCon sessions that aren't JSON fail naming the file", () => {
  assert.throws(() => loadDockerconCatalog(), (e: Error) => e.message.startsWith(`fixture ${path.join(dir, "fixtures", "dockercon-eu-2017", "sessions.json")} could not be read as JSON: `));
});
