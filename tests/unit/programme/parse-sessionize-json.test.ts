import assert from "node:assert/strict";
import { test } from "node:test";
import { parseProgramme } from "../../../lib/core/programme/parse-programme";
import { parseSessionizeJson } from "../../../lib/core/programme/parse-sessionize-json";
import { distinct, readProgramme } from "./fixtures";

// The team's own Sessionize "All" export. Counted with python3 json: 9
// sessions (1 service session), 7 speakers, all on 2021-04-23; the sessions
// use 4 of the 6 listed rooms (roomId 11856–11859).
const FILE = "riverside-cloud-day-2021-sessionize.json";

test("Sessionize: 1 day, 9 talks, 7 speakers, 4 rooms", () => {
  const p = parseSessionizeJson(readProgramme(FILE));
  assert.equal(distinct(p.talks.map((t) => t.day)).size, 1);
  assert.equal(p.talks.length, 9);
  assert.equal(p.speakers.length, 7);
  assert.equal(distinct(p.talks.map((t) => t.room)).size, 4);
});

test("Sessionize: name from the file name, zone from options, categories, service sessions, links, diacritics", () => {
  const p = parseProgramme(readProgramme(FILE), { filename: FILE, conference: { timezone: "Europe/Vienna" } });
  assert.deepEqual(p.conference, {
    name: "Riverside Cloud Day 2021",
    slug: "riverside-cloud-day-2021",
    timezone: "Europe/Vienna",
    startsOn: "2021-04-23",
    endsOn: "2021-04-23",
  });
  const tales = p.talks.find((t) => t.sourceId === "167745");
  assert.equal(tales?.title, "Tales of undefined");
  assert.equal(tales?.track, "Main Conference");
  assert.equal(tales?.room, "Room 11 (108)");
  // "2021-04-23T09:00:00" is Vienna local time: CEST, +02:00
  assert.equal(tales?.startsAt, "2021-04-23T09:00:00+02:00");
  assert.equal(tales?.endsAt, "2021-04-23T09:50:00+02:00");
  // the "YouTube Video" answer is a link; "Streaming URL" and "Short Link" are not
  assert.deepEqual(tales?.links, [{ label: "YouTube Video", url: "https://video.riverside.example/watch/tales-of-undefined" }]);
  assert.equal(p.talks.find((t) => t.sourceId === "174538")?.links, undefined);
  const lunch = p.talks.find((t) => t.title === "Lunch Break");
  assert.equal(lunch?.kind, "other");
  assert.deepEqual(lunch?.speakerKeys, []);
  assert.equal(lunch?.abstract, undefined); // "description": null
  assert.equal(p.talks.filter((t) => t.track === "Junior Track").length, 3);
  const zoran = p.speakers.find((s) => s.name === "Zoran Marković");
  assert.equal(zoran?.key, "zoran-markovic");
  assert.equal(p.speakers.find((s) => s.name === "Petra Ehrenmüller-Jansen")?.key, "petra-ehrenmuller-jansen");
  const adriana = p.speakers.find((s) => s.name === "Adriana Velasco");
  assert.equal(adriana?.sourceId, "a378b580-0c1d-4e2f-a3b4-c5d6e7f80912");
  assert.match(adriana?.role ?? "", /^Cloud engineer & author/);
  // \r\n in the bio becomes \n
  assert.equal(adriana?.bio, "Adriana is a software engineer and author.\n\nShe teaches cloud development and plays far too many strategy games.");
  assert.ok(adriana?.links?.some((l) => l.url === "https://social.riverside.example/@adriana"));
  const pair = p.talks.find((t) => t.sourceId === "182549");
  assert.deepEqual(pair?.speakerKeys, ["petra-ehrenmuller-jansen", "tobias-greil"]);
});

test("Sessionize: without a zone, local times are written as UTC wall-clock", () => {
  const p = parseSessionizeJson(readProgramme(FILE));
  assert.equal(p.conference.timezone, undefined);
  assert.equal(p.talks[0]?.startsAt, "2021-04-23T09:00:00Z");
});

const tiny = (sessions: unknown[]) =>
  JSON.stringify({ sessions, speakers: [{ id: "s1", fullName: "Ada Lovelace" }], rooms: [{ id: 1, name: "Room 1" }], categories: [], questions: [] });

test("Sessionize: bad input errors", () => {
  const ok = { id: "1", title: "Fine", startsAt: "2020-04-24T09:00:00", endsAt: "2020-04-24T10:00:00", speakers: ["s1"], roomId: 1 };
  assert.throws(() => parseProgramme(tiny([ok, { ...ok, id: "2", title: "Foo", startsAt: "2020-04-24T25:99:00" }]), { filename: "s.json" }), {
    message: "s.json, session 'Foo' ($.sessions[1]): field 'startsAt' is '2020-04-24T25:99:00', not a date and time (YYYY-MM-DDTHH:MM:SS)",
  });
  assert.throws(() => parseSessionizeJson(tiny([ok, { ...ok, title: "Again" }])), {
    message: "session 'Again' ($.sessions[1]): field 'id' is '1', a duplicate of session 'Fine' ($.sessions[0])",
  });
  assert.throws(() => parseSessionizeJson(tiny([{ ...ok, speakers: ["nobody"] }])), {
    message: "session 'Fine' ($.sessions[0]): field 'speakers' is 'nobody', not the id of a speaker in $.speakers",
  });
  assert.throws(() => parseSessionizeJson(tiny([{ ...ok, title: "" }])), { message: "session '1' ($.sessions[0]): field 'title' is missing" });
  assert.throws(() => parseSessionizeJson(tiny([{ ...ok, endsAt: "2020-04-24T08:00:00" }])), {
    message: "session 'Fine' ($.sessions[0]): field 'endsAt' is '2020-04-24T08:00:00', before startsAt '2020-04-24T09:00:00'",
  });
});
