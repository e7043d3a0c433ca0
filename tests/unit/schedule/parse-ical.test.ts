import assert from "node:assert/strict";
import { test } from "node:test";
import { parseIcal, splitPeople } from "../../../lib/core/schedule/parse-ical";
import { parseSchedule } from "../../../lib/core/schedule/parse-schedule";
import { distinct, readSchedule } from "./fixtures";

const FILE = "pyconuk-2015-schedule.ics";

// Counted with python3 (unfold lines, split VEVENTs): 162 VEVENTs, 4 with an
// empty SUMMARY (placeholders, skipped) → 158 talks; DTSTART dates (UTC) →
// 4 days; distinct LOCATION → 11 rooms; speakers = distinct names in
// "(talk|workshop|demo|panel by NAMES)" (split on " & ", " and ", a comma
// before an organisation is an affiliation, "panel by Discussion: …" is no
// name) = 68, plus "Keynote: Van Lindberg, PSF Chair" and
// "Keynote: Naomi Ceder - Confessions…" = 70.
test("iCal: PyCon UK 2015 has 4 days, 158 talks, 70 speakers, 11 rooms", () => {
  const p = parseIcal(readSchedule(FILE));
  assert.equal(distinct(p.talks.map((t) => t.day)).size, 4);
  assert.equal(p.talks.length, 158);
  assert.equal(p.speakers.length, 70);
  assert.equal(distinct(p.talks.map((t) => t.room)).size, 11);
  assert.equal(p.conference.name, "PyCon UK 2015");
  assert.equal(p.conference.startsOn, "2015-09-18");
  assert.equal(p.conference.endsOn, "2015-09-21");
});

test("iCal: speakers come out of '(talk by NAME)' and the title is cleaned", () => {
  const p = parseIcal(readSchedule(FILE));
  const byTitle = (title: string) => p.talks.find((t) => t.title === title);
  const names = (title: string) => byTitle(title)?.speakerKeys.map((k) => p.speakers.find((s) => s.key === k)?.name);

  const lead = byTitle("Leadership of Technical Teams");
  assert.equal(lead?.kind, "talk");
  assert.equal(lead?.url, "http://www.pyconuk.org/talks/leadership-of-technical-teams/");
  assert.equal(lead?.abstract, undefined); // DESCRIPTION is only the URL
  assert.equal(lead?.room, "Osper Room (CC1.4)");
  // DTSTART:20150918T143000Z, no zone in the file
  assert.equal(lead?.startsAt, "2015-09-18T14:30:00Z");
  assert.deepEqual(names("Leadership of Technical Teams"), ["Owen Campbell"]);
  assert.deepEqual(names("Python for mobile games on iOS and Android"), ["Safe Hammad", "Fiona Burrows"]);
  assert.deepEqual(names("Python powered Nukes"), ["Babak Khataee", "Dan Milburn"]);
  assert.deepEqual(names("Understanding PyPy"), ["Francisco Fernández Castaño"]);
  assert.equal(byTitle("Django Security Workshop")?.kind, "workshop");
  const sarah = p.speakers.find((s) => s.name === "Sarah Mount");
  assert.equal(sarah?.affiliation, "University of Wolverhampton");
  // Daniele Procida gives a keynote and a talk: one speaker
  assert.equal(p.speakers.filter((s) => s.name === "Daniele Procida").length, 1);
  assert.equal(byTitle("All I really want is power")?.kind, "keynote");
  assert.deepEqual(names("Confessions of a True Impostor (A Survival Guide)"), ["Naomi Ceder"]);
  const panel = byTitle("Discussion: From data to dissemination - dealing with publications");
  assert.equal(panel?.kind, "panel");
  assert.deepEqual(panel?.speakerKeys, []);
  for (const t of p.talks) assert.doesNotMatch(t.title, /\((talk|workshop|demo|panel) by /, t.title);
});

test("iCal: breaks, registration and lunch stay, as kind 'other'", () => {
  const p = parseIcal(readSchedule(FILE));
  for (const title of ["Registration / Breakfast", "Lunch", "Break", "Day Ends", "Opening Plenary"]) {
    const t = p.talks.find((x) => x.title === title);
    assert.equal(t?.kind, "other", title);
  }
});

test("iCal: a zone from options gives local days and offsets (BST)", () => {
  const p = parseSchedule(readSchedule(FILE), { filename: FILE, conference: { timezone: "Europe/London" } });
  assert.equal(p.conference.timezone, "Europe/London");
  const lead = p.talks.find((t) => t.title === "Leadership of Technical Teams");
  assert.equal(lead?.startsAt, "2015-09-18T15:30:00+01:00");
  assert.equal(lead?.day, "2015-09-18");
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
  assert.throws(() => parseSchedule(cal(ev("a", "20240301T100000Z", "Fine") + ev("b", "20240301T256100Z", "Foo")), { filename: "conf.ics" }), {
    message: "conf.ics, line 12, event 'Foo' (/VCALENDAR/VEVENT[2]): field 'DTSTART' is '2024-03-01T25:61:00Z', not a date and time",
  });
  assert.throws(() => parseIcal(cal(ev("same", "20240301T100000Z", "A") + ev("same", "20240301T100000Z", "B"))), {
    message: "line 11, event 'B' (/VCALENDAR/VEVENT[2]): field 'UID' is 'same/2024-03-01T10:00:00Z', a duplicate of event 'A' (line 6)",
  });
  assert.throws(() => parseIcal(cal("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:No start\r\nEND:VEVENT\r\n")), { message: /line 5, event 'No start' .*field 'DTSTART' is missing/ });
  assert.throws(() => parseIcal(cal("BEGIN:VEVENT\r\nthis line is broken\r\nEND:VEVENT\r\n")), { message: /^line 6: not a valid iCalendar file/ });
  assert.throws(() => parseIcal("hello"), { message: /^line 1: not an iCalendar file/ });
});
