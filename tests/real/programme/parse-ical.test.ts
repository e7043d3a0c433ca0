/**
 * iCalendar on PyCon UK 2015: speakers from titles, kinds, zones.
 * Real third-party exports in ../shared, read in place (never copied here):
 * they check scale and real-world tolerance, so they run in the opt-in suite
 * (`npm run test:real`) and are skipped, with the reason, without ../shared.
 * The same behaviours on the team's own small fixtures are in tests/unit/schedule.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseIcal } from "../../../lib/core/programme/parse-ical";
import { parseProgramme } from "../../../lib/core/programme/parse-programme";
import { distinct } from "../../unit/programme/fixtures";
import { readRealProgramme as readProgramme, realSkip as skip } from "../shared";

const FILE = "pyconuk-2015-schedule.ics";

// Counted with python3 (unfold lines, split VEVENTs): 162 VEVENTs, 4 with an
// empty SUMMARY (placeholders, skipped) → 158 talks; DTSTART dates (UTC) →
// 4 days; distinct LOCATION → 11 rooms; speakers = distinct names in
// "(talk|workshop|demo|panel by NAMES)" (split on " & ", " and ", a comma
// before an organisation is an affiliation, "panel by Discussion: …" is no
// name) = 68, plus "Keynote: Van Lindberg, PSF Chair" and
// "Keynote: Naomi Ceder - Confessions…" = 70.
test("iCal: PyCon UK 2015 has 4 days, 158 talks, 70 speakers, 11 rooms", { skip }, () => {
  const p = parseIcal(readProgramme(FILE));
  assert.equal(distinct(p.talks.map((t) => t.day)).size, 4);
  assert.equal(p.talks.length, 158);
  assert.equal(p.speakers.length, 70);
  assert.equal(distinct(p.talks.map((t) => t.room)).size, 11);
  assert.equal(p.conference.name, "PyCon UK 2015");
  assert.equal(p.conference.startsOn, "2015-09-18");
  assert.equal(p.conference.endsOn, "2015-09-21");
});

test("iCal: speakers come out of '(talk by NAME)' and the title is cleaned", { skip }, () => {
  const p = parseIcal(readProgramme(FILE));
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

test("iCal: breaks, registration and lunch stay, as kind 'other'", { skip }, () => {
  const p = parseIcal(readProgramme(FILE));
  for (const title of ["Registration / Breakfast", "Lunch", "Break", "Day Ends", "Opening Plenary"]) {
    const t = p.talks.find((x) => x.title === title);
    assert.equal(t?.kind, "other", title);
  }
});

test("iCal: a zone from options gives local days and offsets (BST)", { skip }, () => {
  const p = parseProgramme(readProgramme(FILE), { filename: FILE, conference: { timezone: "Europe/London" } });
  assert.equal(p.conference.timezone, "Europe/London");
  const lead = p.talks.find((t) => t.title === "Leadership of Technical Teams");
  assert.equal(lead?.startsAt, "2015-09-18T15:30:00+01:00");
  assert.equal(lead?.day, "2015-09-18");
});
