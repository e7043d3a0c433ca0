import assert from "node:assert/strict";
import { test } from "node:test";
import { parseC3vocJson } from "../../../lib/core/programme/parse-c3voc-json";
import { parseProgramme } from "../../../lib/core/programme/parse-programme";
import { distinct, readProgramme } from "./fixtures";

// The team's own fixtures, one as pretalx exports schedule.json and one as
// frab does. Counts checked with python3 json: days = schedule.conference.days,
// talks = events in days[].rooms{}[], speakers = distinct person id (pretalx:
// code), rooms = distinct event.room.
const FIXTURES = [
  { file: "c3voc-pretalx-pebble-summit.json", days: 3, talks: 7, speakers: 5, rooms: 2 },
  { file: "c3voc-frab-meadow-camp-2022.json", days: 3, talks: 7, speakers: 6, rooms: 2 },
];

for (const f of FIXTURES) {
  test(`c3voc JSON: ${f.file} has ${f.days} days, ${f.talks} talks, ${f.speakers} speakers, ${f.rooms} rooms`, () => {
    const p = parseC3vocJson(readProgramme(f.file));
    assert.equal(distinct(p.talks.map((t) => t.day)).size, f.days);
    assert.equal(p.talks.length, f.talks);
    assert.equal(p.speakers.length, f.speakers);
    assert.equal(distinct(p.talks.map((t) => t.room)).size, f.rooms);
  });
}

test("c3voc JSON: pretalx export — conference, workshop kind, HH:MM duration, person code as sourceId, bio", () => {
  const p = parseC3vocJson(readProgramme("c3voc-pretalx-pebble-summit.json"));
  assert.equal(p.conference.name, "Pebble Summit");
  assert.equal(p.conference.slug, "pebble-summit");
  assert.equal(p.conference.timezone, "UTC");
  assert.equal(p.conference.startsOn, "2021-11-08");
  assert.equal(p.conference.endsOn, "2021-11-10");
  const first = p.talks.find((t) => t.title === "Weathered stone interfaces");
  assert.equal(first?.sourceId, "7d0c6c1e-2f1a-5b7e-9c1d-0a3f4e5b6c7d");
  assert.equal(first?.url, "http://localhost/pebble/talk/K7QWEA/");
  // the file's own offset is kept even though time_zone_name says UTC
  assert.equal(first?.startsAt, "2021-11-08T09:00:00+01:00");
  assert.equal(first?.endsAt, "2021-11-08T09:30:00+01:00");
  const speaker = p.speakers.find((s) => s.key === first?.speakerKeys[0]);
  assert.equal(speaker?.sourceId, "PLM4XZ");
  assert.equal(speaker?.name, "Nadia Brennholz");
  assert.match(speaker?.bio ?? "", /^Builds quiet software for loud rooms\.\nLikes rivers/);
  // the same person code on two talks is one speaker
  assert.deepEqual(p.talks.find((t) => t.title === "Rounded edges in API design")?.speakerKeys, ["nadia-brennholz", "wen-zhao"]);
  const workshop = p.talks.find((t) => t.title === "Hands-on gravel sorting");
  assert.equal(workshop?.kind, "workshop");
  // "duration": "01:30"
  assert.equal(workshop?.endsAt, "2021-11-08T10:30:00+01:00");
  assert.equal(p.talks.filter((t) => t.kind === "workshop").length, 2);
});

test("c3voc JSON: frab export — zone, HTML abstracts to markdown, relative attachment URLs resolved", () => {
  const p = parseC3vocJson(readProgramme("c3voc-frab-meadow-camp-2022.json"));
  assert.equal(p.conference.timezone, "Europe/Berlin");
  assert.equal(p.conference.slug, "meadow-camp-2022");
  const beekeeper = p.talks.find((t) => t.sourceId !== undefined && t.title.startsWith("beekeeper"));
  // abstract: <a href="https://beekeeper.meadow.example/">beekeeper</a> is an open source …
  assert.match(beekeeper?.abstract ?? "", /^\[beekeeper\]\(https:\/\/beekeeper\.meadow\.example\/\) is an open source/);
  for (const t of p.talks) assert.doesNotMatch(t.abstract ?? "", /<\/?(a|p|br|ul|li|b|em)\b/i, t.title);
  // <li><b>Reuse</b> … without a <ul>, as frab lets speakers write it
  assert.match(p.talks.find((t) => t.title === "Composting Old Laptops")?.abstract ?? "", /- \*\*Reuse\*\* screens and keyboards/);
  // the file's title has a trailing space
  const greenhouses = p.talks.find((t) => t.title === "Hacking Greenhouses and Irrigation");
  assert.deepEqual(greenhouses?.links, [
    {
      label: "Slides",
      url: "https://fahrplan.meadow.example/system/event_attachments/attachments/000/001/234/original/Hacking_Greenhouses_and_Irrigation.pdf?1660000000",
    },
  ]);
  // a "Chat room" link is noise; the project site stays
  assert.deepEqual(p.talks.find((t) => t.title === "Composting Old Laptops")?.links, [{ label: "Project website", url: "https://compost.meadow.example/" }]);
  const opening = p.talks.find((t) => t.title === "Opening Ceremony");
  assert.equal(opening?.startsAt, "2022-08-17T11:00:00+02:00");
  assert.equal(opening?.speakerKeys.length, 2);
  assert.equal(p.talks.find((t) => t.title === "Songs of the Meadow")?.kind, "other"); // type "performance"
});

const mini = (event: Record<string, unknown>, more: Record<string, unknown>[] = []) =>
  JSON.stringify({
    schedule: {
      conference: {
        title: "Mini",
        time_zone_name: "Europe/Berlin",
        days: [{ date: "2020-03-01", rooms: { "Saal 1": [event, ...more] } }],
      },
    },
  });

test("c3voc JSON: persons without ids, local start without <date>", () => {
  const p = parseC3vocJson(
    mini(
      { guid: "a", title: "One", start: "10:00", duration: "00:45", persons: [{ public_name: "Ada Lovelace" }] },
      [{ guid: "b", title: "Two", start: "11:00", duration: "00:45", persons: [{ name: "Ada Lovelace" }, { id: 5, public_name: "Grace" }] }],
    ),
  );
  assert.deepEqual(p.speakers, [
    { key: "ada-lovelace", name: "Ada Lovelace" },
    { key: "grace", sourceId: "5", name: "Grace" },
  ]);
  assert.equal(p.talks[0]?.startsAt, "2020-03-01T10:00:00+01:00");
  assert.equal(p.talks[0]?.endsAt, "2020-03-01T10:45:00+01:00");
});

test("c3voc JSON: errors name the file, JSON path and field", () => {
  assert.throws(() => parseProgramme(mini({ guid: "a", title: "Foo", start: "25:99" }), { filename: "camp.json" }), {
    message: `camp.json, event 'Foo' ($.schedule.conference.days[0].rooms["Saal 1"][0]): field 'start' is '25:99', not a time (HH:MM)`,
  });
  assert.throws(() => parseC3vocJson(mini({ guid: "a", start: "10:00" })), {
    message: `event ($.schedule.conference.days[0].rooms["Saal 1"][0]): field 'title' is missing`,
  });
  assert.throws(() => parseC3vocJson(mini({ guid: "a", title: "A" }, [{ guid: "a", title: "B" }])), {
    message: /event 'B' \(\$\.schedule\.conference\.days\[0\]\.rooms\["Saal 1"\]\[1\]\): field 'guid' is 'a', a duplicate of event 'A' \(\$\.schedule\.conference\.days\[0\]\.rooms\["Saal 1"\]\[0\]\)/,
  });
  assert.throws(() => parseC3vocJson(mini({ guid: "a", title: "A", date: "2020-03-01T10:00:00+01:00", duration: "forever" })), {
    message: /field 'duration' is 'forever', not a duration \(HH:MM\)/,
  });
  assert.throws(() => parseC3vocJson('{\n  "schedule": {\n    "conference": {,\n'), { message: /^line 3: not valid JSON: .* at column 20$/ });
});
