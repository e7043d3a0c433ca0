/**
 * c3voc JSON on the pretalx DemoCon and frab Camp 2019 exports.
 * Real third-party exports in ../shared, read in place (never copied here):
 * they check scale and real-world tolerance, so they run in the opt-in suite
 * (`npm run test:real`) and are skipped, with the reason, without ../shared.
 * The same behaviours on the team's own small fixtures are in tests/unit/schedule.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseC3vocJson } from "../../../lib/core/programme/parse-c3voc-json";
import { distinct } from "../../unit/programme/fixtures";
import { readRealProgramme as readProgramme, realSkip as skip } from "../shared";

// Expected counts computed with python3 json: days = schedule.conference.days,
// talks = events in days[].rooms{}[], speakers = distinct person id (pretalx:
// code), rooms = distinct event.room.
const FIXTURES = [
  { file: "c3voc-example-pretalx-democon.json", days: 3, talks: 36, speakers: 27, rooms: 2 },
  { file: "c3voc-example-frab-camp2019.json", days: 5, talks: 79, speakers: 90, rooms: 2 },
];

for (const f of FIXTURES) {
  test(`c3voc JSON: ${f.file} has ${f.days} days, ${f.talks} talks, ${f.speakers} speakers, ${f.rooms} rooms`, { skip }, () => {
    const p = parseC3vocJson(readProgramme(f.file));
    assert.equal(distinct(p.talks.map((t) => t.day)).size, f.days);
    assert.equal(p.talks.length, f.talks);
    assert.equal(p.speakers.length, f.speakers);
    assert.equal(distinct(p.talks.map((t) => t.room)).size, f.rooms);
  });
}

test("c3voc JSON: pretalx export — conference, workshop kind, HH:MM duration, person code as sourceId, bio", { skip }, () => {
  const p = parseC3vocJson(readProgramme("c3voc-example-pretalx-democon.json"));
  assert.equal(p.conference.name, "DemoCon");
  assert.equal(p.conference.slug, "democon");
  assert.equal(p.conference.timezone, "UTC");
  assert.equal(p.conference.startsOn, "2020-12-14");
  assert.equal(p.conference.endsOn, "2020-12-16");
  const first = p.talks.find((t) => t.title === "Focused 5thgeneration hardware");
  assert.equal(first?.sourceId, "8079583e-8321-506c-95af-fd2903a5f075");
  assert.equal(first?.url, "http://localhost/democon/talk/G9JGWY/");
  // the file's own offset is kept even though time_zone_name says UTC
  assert.equal(first?.startsAt, "2020-12-14T09:00:00+01:00");
  assert.equal(first?.endsAt, "2020-12-14T09:30:00+01:00");
  const speaker = p.speakers.find((s) => s.key === first?.speakerKeys[0]);
  assert.equal(speaker?.sourceId, "NQTF8Y");
  assert.equal(speaker?.name, "Brian Robinson");
  assert.match(speaker?.bio ?? "", /^Break through direction/);
  const workshop = p.talks.find((t) => t.title === "Managed stable function");
  assert.equal(workshop?.kind, "workshop");
  // "duration": "01:30"
  assert.equal(workshop?.endsAt, "2020-12-14T10:30:00+01:00");
});

test("c3voc JSON: frab Camp 2019 — zone, HTML abstracts to markdown, relative attachment URLs resolved", { skip }, () => {
  const p = parseC3vocJson(readProgramme("c3voc-example-frab-camp2019.json"));
  assert.equal(p.conference.timezone, "Europe/Berlin");
  assert.equal(p.conference.slug, "chaos-communication-camp-2019");
  const spispy = p.talks.find((t) => t.sourceId !== undefined && t.title.startsWith("spispy"));
  // abstract: <a href="https://github.com/osresearch/spispy">spispy</a> is an open source …
  assert.match(spispy?.abstract ?? "", /^\[spispy\]\(https:\/\/github\.com\/osresearch\/spispy\) is an open source/);
  for (const t of p.talks) assert.doesNotMatch(t.abstract ?? "", /<\/?(a|p|br|ul|li)\b/i, t.title);
  const k8s = p.talks.find((t) => t.title === "Hacking Containers and Kubernetes");
  assert.deepEqual(k8s?.links, [
    {
      label: "Slides",
      url: "https://fahrplan.events.ccc.de/system/event_attachments/attachments/000/003/792/original/Hacking_Containers_and_Kubernetes.pdf?1566398735",
    },
  ]);
  const opening = p.talks.find((t) => t.title === "Opening Ceremony");
  assert.equal(opening?.startsAt, "2019-08-21T11:00:00+02:00");
  assert.equal(opening?.speakerKeys.length, 2);
  assert.equal(p.talks.find((t) => t.title === "75 Jahre Journalismus im WWW")?.kind, "other"); // type "performance"
});
