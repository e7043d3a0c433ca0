/**
 * Every real schedule export in ../shared imports into one database, a second
 * import of each changes nothing, and speakers who return in a later edition
 * (FOSDEM 2020 → 2024, which renumbers its people) stay one person. At the
 * size of a real FOSDEM (870+ talks) this also exercises the importer's
 * batching. Opt-in (`npm run test:real`); skipped, with the reason, without
 * ../shared. tests/integration/import-fixtures.test.ts does the same on the
 * team's own fixtures.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { parseProgramme } from "@/lib/core/programme/parse-programme";
import { importProgramme } from "@/lib/server/services/import-programme";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { readRealProgramme, realSkip as skip } from "./shared";

const FIXTURES = [
  "fosdem-2020-schedule.xml",
  "fosdem-2024-schedule.xml",
  "31c3-schedule.xml",
  "c3voc-example-frab-camp2019.json",
  "c3voc-example-pretalx-democon.json",
  "global-azure-bootcamp-2020-linz-sessionize.json",
  "pyconuk-2015-schedule.ics",
];

let t: TestDb | undefined;
// No database when every test here is skipped.
before(async () => {
  if (!skip) t = await createTestDb();
});
after(async () => {
  await t?.drop();
});

function db(): TestDb["db"] {
  assert.ok(t, "the test database was not created");
  return t.db;
}

test("each real export imports with all its talks, and re-imports unchanged", { skip }, async () => {
  for (const file of FIXTURES) {
    const programme = parseProgramme(readRealProgramme(file), { filename: file });
    const first = await importProgramme(db(), programme);
    assert.equal(first.talks.created, programme.talks.length, `${file}: created`);
    const conference = await db().conference.findUniqueOrThrow({ where: { slug: first.conference.slug } });
    assert.equal(await db().talk.count({ where: { conferenceId: conference.id } }), programme.talks.length, `${file}: stored`);

    const again = await importProgramme(db(), parseProgramme(readRealProgramme(file), { filename: file }));
    assert.deepEqual(again.talks, { created: 0, updated: 0, unchanged: programme.talks.length, removed: 0, withdrawn: 0 }, `${file}: re-import`);
    assert.equal(again.speakers.created, 0, `${file}: no new speakers on re-import`);
    assert.equal(again.conference.updated, false, `${file}: conference unchanged`);
  }
});

test("a returning FOSDEM speaker is one person across editions, matched by name", { skip }, async () => {
  // FOSDEM renumbers people every year, so ids are kept per conference only.
  assert.equal(await db().speakerSource.count({ where: { origin: "conference:fosdem-2020" } }), 841);
  assert.equal(await db().speakerSource.count({ where: { origin: "conference:fosdem-2024" } }), 948);
  const both = await db().speaker.findMany({
    where: { AND: [{ talks: { some: { talk: { conference: { slug: "fosdem-2020" } } } } }, { talks: { some: { talk: { conference: { slug: "fosdem-2024" } } } } }] },
    select: { name: true },
  });
  assert.ok(both.some((s) => s.name === "FOSDEM Staff"), "person 6 in 2020 and person 2 in 2024 are one speaker");
  assert.ok(both.length > 50, `${both.length} speakers spoke at both editions`);
  // Within FOSDEM 2024, three names belong to two person ids each: they stay two people.
  const namesakes = await db().speaker.groupBy({
    by: ["normalizedName"],
    where: { sources: { some: { origin: "conference:fosdem-2024" } } },
    _count: { _all: true },
    having: { normalizedName: { _count: { gt: 1 } } },
  });
  assert.equal(namesakes.length, 3);
});
