import assert from "node:assert/strict";
import { test } from "node:test";
import { parseIcal, splitPeople } from "../../../lib/core/programme/parse-ical";
import { parseProgramme } from "../../../lib/core/programme/parse-programme";
import { distinct, readProgramme } from "./fixtures";

// The team's own iCalendar programme, written the way PyCon UK 2015's
// generator wrote its one: CRLF, folded lines, UTC times and no zone,
// speakers only inside SUMMARY, a UID used twice, X-WR-CALNAME at the end.
const FILE = "northfield-pyday-2019-schedule.ics";

// Counted with python3 (unfold lines, split VEVENTs): 16 VEVENTs, 1 with an
// empty SUMMARY (a placeholder, skipped) → 15 talks; DTSTART dates (UTC) →
// 4 days; distinct LOCATION of the 15 → 6 rooms; speakers = distinct names in
// "(talk|workshop|panel by NAMES)" (split on " & " and " and ", a comma
// before an organisation is an affiliation, "panel by Discussion: …" is no
// name) = 9, plus "Keynote: Priya Ramaswamy, Foundation Chair" and
// "Keynote: Ada Brennan - Notes…" = 11.
test("iCal: Northfield PyDay 2019 has 4 days, 15 talks, 11 speakers, 6 rooms", () => {
  const p = parseIcal(readProgramme(FILE));
  assert.equal(distinct(p.talks.map((t) => t.day)).size, 4);
  assert.equal(p.talks.length, 15);
  assert.equal(p.speakers.length, 11);
  assert.equal(distinct(p.talks.map((t) => t.room)).size, 6);
  assert.equal(p.conference.name, "Northfield PyDay 2019");
  assert.equal(p.conference.startsOn, "2019-09-13");
  assert.equal(p.conference.endsOn, "2019-09-16");
});

test("iCal: speakers come out of '(talk by NAME)' and the title is cleaned", () => {
  const p = parseIcal(readProgramme(FILE));
  const byTitle = (title: string) => p.talks.find((t) => t.title === title);
  const names = (title: string) => byTitle(title)?.speakerKeys.map((k) => p.speakers.find((s) => s.key === k)?.name);

  const team = byTitle("Growing a Team of Maintainers");
  assert.equal(team?.kind, "talk");
  assert.equal(team?.url, "http://www.northfield-pyday.example/talks/growing-a-team-of-maintainers/");
  assert.equal(team?.abstract, undefined); // DESCRIPTION is only the URL
  assert.equal(team?.room, "Side Room (B2)");
  // DTSTART:20190913T133000Z, no zone in the file
  assert.equal(team?.startsAt, "2019-09-13T13:30:00Z");
  assert.deepEqual(names("Growing a Team of Maintainers"), ["Owen Hartley"]);
  assert.deepEqual(names("Games on phones with Python"), ["Kofi Mensah", "Hanna Lind"]);
  assert.deepEqual(names("Rockets and Python"), ["Dara Quinn", "Mo Farouk"]);
  assert.deepEqual(names("Understanding the Interpreter"), ["Inés Fernández Ortega"]);
  assert.equal(byTitle("Testing Flask Apps Workshop")?.kind, "workshop");
  // the SUMMARY is folded across two lines inside the organisation's name
  const sarah = p.speakers.find((s) => s.name === "Sarah Holt");
  assert.equal(sarah?.affiliation, "University of Northfield");
  // Tomasz Wilk gives a keynote and a talk: one speaker
  assert.equal(p.speakers.filter((s) => s.name === "Tomasz Wilk").length, 1);
  assert.equal(byTitle("Everything is a queue")?.kind, "keynote");
  assert.deepEqual(names("Cycling data from my commute"), ["Tomasz Wilk"]);
  assert.deepEqual(names("Notes of a Reluctant Expert (A Field Guide)"), ["Ada Brennan"]);
  const priya = p.speakers.find((s) => s.name === "Priya Ramaswamy");
  assert.equal(priya?.role, "Foundation Chair");
  assert.equal(byTitle("Keynote: Priya Ramaswamy")?.kind, "keynote");
  const panel = byTitle("Discussion: From notebooks to papers - sharing results");
  assert.equal(panel?.kind, "panel");
  assert.deepEqual(panel?.speakerKeys, []);
  for (const t of p.talks) assert.doesNotMatch(t.title, /\((talk|workshop|demo|panel) by /, t.title);
});

test("iCal: breaks, lunch and the end of the conference stay, as kind 'other'; a reused UID is told apart by its time", () => {
  const p = parseIcal(readProgramme(FILE));
  for (const title of ["Lunch", "Break", "End of Conference, pack up, see you in 2020!"]) {
    const t = p.talks.find((x) => x.title === title);
    assert.equal(t?.kind, "other", title);
  }
  const breaks = p.talks.filter((t) => t.title === "Break");
  assert.equal(breaks.length, 2);
  assert.notEqual(breaks[0]?.sourceId, breaks[1]?.sourceId);
  assert.match(breaks[1]?.sourceId ?? "", /^20190901T070217Z-58703@build-worker-docker-5f1e2d3c4b5a-northfield-linux-7\/2019-09-14T09:30:00Z$/);
  // no DTEND: a start and no end
  const end = p.talks.find((t) => t.title.startsWith("End of Conference"));
  assert.equal(end?.startsAt, "2019-09-16T15:00:00Z");
  assert.equal(end?.endsAt, undefined);
});

test("iCal: a zone from options gives local days and offsets (BST)", () => {
  const p = parseProgramme(readProgramme(FILE), { filename: FILE, conference: { timezone: "Europe/London" } });
  assert.equal(p.conference.timezone, "Europe/London");
  const team = p.talks.find((t) => t.title === "Growing a Team of Maintainers");
  assert.equal(team?.startsAt, "2019-09-13T14:30:00+01:00");
  assert.equal(team?.day, "2019-09-13");
});

const cal = (events: string, head = "") =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-CALNAME:MiniConf 2024\r\n${head}${events}END:VCALENDAR\r\n`;

test("iCal: TZID times, multi-day and all-day events, speakers in DESCRIPTION", () => {
  const p = parseIcal(
    cal(
      "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Europe/Berlin:20240301T100000\r\nDTEND;TZID=Europe/Berlin:20240301T104500\r\nSUMMARY:Rust in Production\r\nDESCRIPTION:Speaker: Ferris Crab\\nWhy we moved.\r\nEND:VEVENT\r\n" +
        "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;TZID=Europe/Berlin:20240301T180000\r\nDTEND;TZID=Europe/Berlin:20240303T120000\r\nSUMMARY:Hackathon\r\nEND:VEVENT\r\n" +
        "BEGIN:VEVENT\r\nUID:c\r\nDTSTART;VALUE=DATE:20240304\r\nDTEND;VALUE=DATE:20240306\r\nSUMMARY:Sprints (workshop by Ann Lee and Bo Chen)\r\nEND:VEVENT\r\n",
    ),
  );
  assert.equal(p.conference.timezone, "Europe/Berlin");
  assert.equal(p.conference.startsOn, "2024-03-01");
  assert.equal(p.conference.endsOn, "2024-03-05");
  const [rust, hack, sprints] = p.talks;
  assert.equal(rust?.startsAt, "2024-03-01T10:00:00+01:00");
  assert.equal(rust?.abstract, "Why we moved.");
  assert.deepEqual(rust?.speakerKeys, ["ferris-crab"]);
  assert.equal(rust?.kind, "talk");
  assert.equal(hack?.day, "2024-03-01");
  assert.equal(hack?.endsAt, "2024-03-03T12:00:00+01:00");
  assert.equal(sprints?.day, "2024-03-04");
  assert.equal(sprints?.startsAt, undefined);
  assert.equal(sprints?.kind, "workshop");
  assert.deepEqual(sprints?.speakerKeys, ["ann-lee", "bo-chen"]);
});

test("iCal: splitPeople", () => {
  assert.deepEqual(splitPeople("A B, C D and E F"), [{ name: "A B" }, { name: "C D" }, { name: "E F" }]);
  assert.deepEqual(splitPeople("Alys Brett, Culham Centre for Fusion Energy"), [{ name: "Alys Brett", affiliation: "Culham Centre for Fusion Energy" }]);
  assert.deepEqual(splitPeople("Discussion: From data to dissemination"), []);
});

test("iCal: bad input errors name the line, event and field", () => {
  const ev = (uid: string, start: string, title: string) => `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTART:${start}\r\nSUMMARY:${title}\r\nEND:VEVENT\r\n`;
  assert.throws(() => parseProgramme(cal(ev("a", "20240301T100000Z", "Fine") + ev("b", "20240301T256100Z", "Foo")), { filename: "conf.ics" }), {
    message: "conf.ics, line 12, event 'Foo' (/VCALENDAR/VEVENT[2]): field 'DTSTART' is '2024-03-01T25:61:00Z', not a date and time",
  });
  assert.throws(() => parseIcal(cal(ev("same", "20240301T100000Z", "A") + ev("same", "20240301T100000Z", "B"))), {
    message: "line 11, event 'B' (/VCALENDAR/VEVENT[2]): field 'UID' is 'same/2024-03-01T10:00:00Z', a duplicate of event 'A' (line 6)",
  });
  assert.throws(() => parseIcal(cal("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:No start\r\nEND:VEVENT\r\n")), { message: /line 5, event 'No start' .*field 'DTSTART' is missing/ });
  assert.throws(() => parseIcal(cal("BEGIN:VEVENT\r\nthis line is broken\r\nEND:VEVENT\r\n")), { message: /^line 6: not a valid iCalendar file/ });
  assert.throws(() => parseIcal("hello"), { message: /^line 1: not an iCalendar file/ });
});
