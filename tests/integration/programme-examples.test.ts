/** The README's example programmes import, and say the same thing in JSON and CSV. */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseProgramme } from "@/lib/core/programme/parse-programme";
import { importProgramme } from "@/lib/server/services/import-programme";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
before(async () => {
  t = await createTestDb();
});
after(async () => {
  await t.drop();
});

test("docs/examples/programme.json and .csv import as the same programme", async () => {
  const json = parseProgramme(readFileSync("docs/examples/programme.json", "utf8"), { filename: "programme.json" });
  const csv = parseProgramme(readFileSync("docs/examples/programme.csv", "utf8"), { filename: "programme.csv" });
  const shape = (p: typeof json) => p.talks.map((x) => [x.sourceId, x.title, x.kind, x.day, x.startsAt, x.endsAt, x.speakerKeys.length]);
  assert.deepEqual(shape(csv), shape(json));
  assert.equal(json.talks[0]!.startsAt, "2026-06-11T09:00:00+02:00");

  const first = await importProgramme(t.db, json);
  assert.equal(first.talks.created, 3);
  const again = await importProgramme(t.db, csv);
  assert.equal(again.speakers.created, 0, "the CSV's people are the JSON's people");
  assert.equal(again.talks.created, 0, "talks match by id");
});
