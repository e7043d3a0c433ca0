/**
 * Every schedule fixture imports into one database, a second import of each
 * changes nothing, and speakers who return in a later edition (Harbourfest
 * 2023 → 2024, which renumbers its people as FOSDEM does) stay one person.
 * The fixtures are the team's own (tests/fixtures/schedules); the same checks
 * on the real exports in ../shared are in tests/real/import-real-programmes.test.ts.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { parseProgramme } from "@/lib/core/programme/parse-programme";
import { importProgramme } from "@/lib/server/services/import-programme";
import { readProgramme } from "../unit/programme/fixtures";
import { createTestDb, type TestDb } from "../helpers/test-db";

const FIXTURES = [
  "harbourfest-2023-schedule.xml",
  "harbourfest-2024-schedule.xml",
  "lantern-congress-schedule.xml",
  "c3voc-frab-meadow-camp-2022.json",
  "c3voc-pretalx-pebble-summit.json",
  "riverside-cloud-day-2021-sessionize.json",
  "northfield-pyday-2019-schedule.ics",
];

let t: TestDb;
before(async () => {
  t = await createTestDb();
});
after(async () => {
  await t.drop();
});

test("each fixture imports with all its talks, and re-imports unchanged", async () => {
  for (const file of FIXTURES) {
    const programme = parseProgramme(readProgramme(file), { filename: file });
    const first = await importProgramme(t.db, programme);
    assert.equal(first.talks.created, programme.talks.length, `${file}: created`);
    const conference = await t.db.conference.findUniqueOrThrow({ where: { slug: first.conference.slug } });
    assert.equal(await t.db.talk.count({ where: { conferenceId: conference.id } }), programme.talks.length, `${file}: stored`);

    const again = await importProgramme(t.db, parseProgramme(readProgramme(file), { filename: file }));
    assert.deepEqual(again.talks, { created: 0, updated: 0, unchanged: programme.talks.length, removed: 0, withdrawn: 0 }, `${file}: re-import`);
    assert.equal(again.speakers.created, 0, `${file}: no new speakers on re-import`);
    assert.equal(again.conference.updated, false, `${file}: conference unchanged`);
  }
});

test("a returning speaker is one person across editions, matched by name", async () => {
  // Harbourfest renumbers people every year, so ids are kept per conference only.
  assert.equal(await t.db.speakerSource.count({ where: { origin: "conference:harbourfest-2023" } }), 8);
  assert.equal(await t.db.speakerSource.count({ where: { origin: "conference:harbourfest-2024" } }), 9);
  const both = await t.db.speaker.findMany({
    where: {
      AND: [
        { talks: { some: { talk: { conference: { slug: "harbourfest-2023" } } } } },
        { talks: { some: { talk: { conference: { slug: "harbourfest-2024" } } } } },
      ],
    },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  // person 6 in 2023 is person 2 in 2024; Marit 7301 → 1410, Jonas 7302 → 1411, Lucía 7307 → 1412
  assert.deepEqual(
    both.map((s) => s.name),
    ["Harbourfest Crew", "Jonas Feldmann", "Lucía Ferrer", "Marit Okonkwo"],
  );
  // Within Harbourfest 2024, "Robin Vale" belongs to two person ids: they stay two people.
  const namesakes = await t.db.speaker.groupBy({
    by: ["normalizedName"],
    where: { sources: { some: { origin: "conference:harbourfest-2024" } } },
    _count: { _all: true },
    having: { normalizedName: { _count: { gt: 1 } } },
  });
  assert.deepEqual(namesakes.map((n) => n.normalizedName), ["robin vale"]);
});
