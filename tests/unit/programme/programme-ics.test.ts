import { test } from "node:test";
import assert from "node:assert/strict";
import ICAL from "ical.js";
import { programmeIcs } from "@/lib/core/programme/programme-ics";
import { parseIcal } from "@/lib/core/programme/parse-ical";

const conf = { name: "DevConf 2026", url: "https://h.example/conferences/devconf", location: "Berlin", venue: "Kosmos" };
const talk = (id: string, extra: object = {}) => ({
  id,
  title: `Talk ${id}`,
  abstract: "About things, with a comma; and a semicolon.",
  kind: "talk",
  day: "2026-06-11",
  startsAt: new Date("2026-06-11T07:00:00Z"),
  endsAt: new Date("2026-06-11T07:30:00Z"),
  room: "Room B",
  track: "History",
  url: `https://h.example/conferences/devconf/talks/${id}`,
  speakers: ["Ada Lovelace"],
  status: "scheduled",
  ...extra,
});

test("the programme export parses as iCalendar with stable UIDs, UTC times and all-day sessions", () => {
  const text = programmeIcs(conf, [talk("a"), talk("b", { startsAt: null, endsAt: null }), talk("c", { day: null, startsAt: null, endsAt: null })], "h.example");
  const vcal = new ICAL.Component(ICAL.parse(text));
  const events = vcal.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
  assert.equal(events.length, 2, "a session with no day is left out");
  assert.equal(events[0]!.uid, "a@h.example");
  assert.equal(events[0]!.startDate.toJSDate().toISOString(), "2026-06-11T07:00:00.000Z");
  assert.equal(events[0]!.location, "Room B, Kosmos, Berlin");
  assert.match(events[0]!.description, /With Ada Lovelace/);
  assert.equal(events[1]!.startDate.isDate, true, "day-only sessions are all-day events");
  assert.equal(programmeIcs(conf, [talk("a")], "h.example").match(/UID:a@h\.example/g)?.length, 1);
});

test("Hallway's own importer reads the export back", () => {
  const programme = parseIcal(programmeIcs(conf, [talk("a"), talk("b")], "h.example"));
  assert.deepEqual(programme.talks.map((t) => t.title).sort(), ["Talk a", "Talk b"]);
});
