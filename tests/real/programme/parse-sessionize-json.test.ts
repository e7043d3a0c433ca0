/**
 * Sessionize "All" JSON on Global Azure Bootcamp 2020 Linz.
 * Real third-party exports in ../shared, read in place (never copied here):
 * they check scale and real-world tolerance, so they run in the opt-in suite
 * (`npm run test:real`) and are skipped, with the reason, without ../shared.
 * The same behaviours on the team's own small fixtures are in tests/unit/schedule.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseProgramme } from "../../../lib/core/programme/parse-programme";
import { parseSessionizeJson } from "../../../lib/core/programme/parse-sessionize-json";
import { distinct } from "../../unit/programme/fixtures";
import { readRealProgramme as readProgramme, realSkip as skip } from "../shared";

const FILE = "global-azure-bootcamp-2020-linz-sessionize.json";

// Counted with python3 json: 29 sessions (1 service session), 28 speakers,
// all sessions on 2020-04-24; the sessions use 4 of the 6 listed rooms
// (roomId 11856–11859).
test("Sessionize: 1 day, 29 talks, 28 speakers, 4 rooms", { skip }, () => {
  const p = parseSessionizeJson(readProgramme(FILE));
  assert.equal(distinct(p.talks.map((t) => t.day)).size, 1);
  assert.equal(p.talks.length, 29);
  assert.equal(p.speakers.length, 28);
  assert.equal(distinct(p.talks.map((t) => t.room)).size, 4);
});

test("Sessionize: name from the file name, zone from options, categories, service sessions, links, diacritics", { skip }, () => {
  const p = parseProgramme(readProgramme(FILE), { filename: FILE, conference: { timezone: "Europe/Vienna" } });
  assert.deepEqual(p.conference, {
    name: "Global Azure Bootcamp 2020 Linz",
    slug: "global-azure-bootcamp-2020-linz",
    timezone: "Europe/Vienna",
    startsOn: "2020-04-24",
    endsOn: "2020-04-24",
  });
  const story = p.talks.find((t) => t.sourceId === "167745");
  assert.equal(story?.title, "Stories of void");
  assert.equal(story?.track, "Main Conference");
  assert.equal(story?.room, "Saal 11 (108)");
  // "2020-04-24T09:00:00" is Linz local time: CEST, +02:00
  assert.equal(story?.startsAt, "2020-04-24T09:00:00+02:00");
  assert.equal(story?.endsAt, "2020-04-24T09:50:00+02:00");
  assert.deepEqual(story?.links, [{ label: "YouTube Video", url: "https://youtu.be/G0wRWWsLL5s" }]);
  const lunch = p.talks.find((t) => t.title === "Lunch Break");
  assert.equal(lunch?.kind, "other");
  assert.deepEqual(lunch?.speakerKeys, []);
  assert.equal(p.talks.filter((t) => t.track === "Junior Bootcamp").length, 3);
  const igor = p.speakers.find((s) => s.name === "Igor Rončević");
  assert.equal(igor?.key, "igor-roncevic");
  const adrienne = p.speakers.find((s) => s.name === "Adrienne Tacke");
  assert.equal(adrienne?.sourceId, "a378b580-baef-4c58-a9b3-589139c88159");
  assert.match(adrienne?.role ?? "", /^Filipina Software Engineer/);
  assert.ok(adrienne?.links?.some((l) => l.url === "https://twitter.com/AdrienneTacke"));
  const pair = p.talks.find((t) => t.sourceId === "182549");
  assert.equal(pair?.speakerKeys.length, 2);
});

test("Sessionize: without a zone, local times are written as UTC wall-clock", { skip }, () => {
  const p = parseSessionizeJson(readProgramme(FILE));
  assert.equal(p.conference.timezone, undefined);
  assert.equal(p.talks[0]?.startsAt, "2020-04-24T09:00:00Z");
});
