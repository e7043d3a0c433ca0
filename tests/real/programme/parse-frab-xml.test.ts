/**
 * frab XML on FOSDEM 2020, FOSDEM 2024 and 31C3: counts, zones, links, HTML, namesakes.
 * Real third-party exports in ../shared, read in place (never copied here):
 * they check scale and real-world tolerance, so they run in the opt-in suite
 * (`npm run test:real`) and are skipped, with the reason, without ../shared.
 * The same behaviours on the team's own small fixtures are in tests/unit/schedule.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFrabXml } from "../../../lib/core/programme/parse-frab-xml";
import { distinct } from "../../unit/programme/fixtures";
import { readRealProgramme as readProgramme, realSkip as skip } from "../shared";

// Expected counts were computed independently with python3 xml.etree.ElementTree:
//   days = number of <day> elements, talks = number of <event>,
//   speakers = distinct <person id>, rooms = distinct <event><room> texts.
const FIXTURES = [
  { file: "fosdem-2020-schedule.xml", days: 2, talks: 872, speakers: 841, rooms: 35 },
  // FOSDEM 2024: 948 person ids but 945 names (three names have two ids each).
  { file: "fosdem-2024-schedule.xml", days: 2, talks: 874, speakers: 948, rooms: 29 },
  { file: "31c3-schedule.xml", days: 4, talks: 138, speakers: 198, rooms: 4 },
];

for (const f of FIXTURES) {
  test(`frab XML: ${f.file} has ${f.days} days, ${f.talks} talks, ${f.speakers} speakers, ${f.rooms} rooms`, { skip }, () => {
    const p = parseFrabXml(readProgramme(f.file));
    assert.equal(distinct(p.talks.map((t) => t.day)).size, f.days);
    assert.equal(p.talks.length, f.talks);
    assert.equal(p.speakers.length, f.speakers);
    assert.equal(distinct(p.talks.map((t) => t.room)).size, f.rooms);
    // every speaker key a talk uses exists, and keys are unique
    const keys = new Set(p.speakers.map((s) => s.key));
    assert.equal(keys.size, p.speakers.length);
    for (const t of p.talks) for (const k of t.speakerKeys) assert.ok(keys.has(k), k);
  });
}

test("frab XML: FOSDEM 2020 conference, times without a zone in the file (Brussels inferred), HH:MM durations", { skip }, () => {
  const p = parseFrabXml(readProgramme("fosdem-2020-schedule.xml"));
  assert.deepEqual(p.conference, {
    name: "FOSDEM 2020",
    slug: "fosdem-2020",
    startsOn: "2020-02-01",
    endsOn: "2020-02-02",
    timezone: "Europe/Brussels",
    location: "Brussels",
    venue: "ULB (Université Libre de Bruxelles)",
  });
  const kernel = p.talks.find((t) => t.sourceId === "10715");
  assert.ok(kernel);
  assert.equal(kernel.title, "The Linux Kernel: We have to finish this thing one day ;)");
  assert.equal(kernel.subtitle, "Solving big problems in small steps for more than two decades");
  assert.equal(kernel.kind, "keynote");
  assert.equal(kernel.track, "Keynotes");
  assert.equal(kernel.room, "Janson");
  assert.equal(kernel.day, "2020-02-01");
  assert.equal(kernel.startsAt, "2020-02-01T10:00:00+01:00");
  // <duration>00:50</duration>
  assert.equal(kernel.endsAt, "2020-02-01T10:50:00+01:00");
  const speaker = p.speakers.find((s) => s.key === kernel.speakerKeys[0]);
  assert.deepEqual(speaker, { key: "thorsten-leemhuis", sourceId: "7368", name: "Thorsten Leemhuis" });
  // slides attachment and video links kept; the feedback link dropped
  assert.ok(kernel.links?.some((l) => l.url.endsWith("Fosdem_Leemhuis_Kernel_Steps.pdf")));
  assert.ok(kernel.links?.some((l) => l.url === "https://video.fosdem.org/2020/Janson/linux_kernel.mp4"));
  assert.ok(!kernel.links?.some((l) => /feedback/.test(l.url)));
});

test("frab XML: HTML in abstracts becomes markdown, never raw HTML", { skip }, () => {
  const p = parseFrabXml(readProgramme("fosdem-2020-schedule.xml"));
  const kernel = p.talks.find((t) => t.sourceId === "10715");
  // <abstract>&lt;p&gt;Today's Linux kernel…&lt;/p&gt;</abstract> + <description>&lt;p&gt;The talk will thus…
  assert.match(kernel?.abstract ?? "", /^Today's Linux kernel and the ones from the early FOSDEM days/);
  assert.match(kernel?.abstract ?? "", /\n\nThe talk will thus mention/);
  for (const t of p.talks) {
    assert.doesNotMatch(t.abstract ?? "", /<\/?(p|a|ul|ol|li|em|strong|br|div|span|code|pre|h\d)\b[^>]*>/i, t.title);
  }
  // lists survive as markdown lists
  assert.ok(p.talks.some((t) => /\n- \S/.test(t.abstract ?? "")));
});

test("frab XML: FOSDEM 2024 event guids, <time_zone_name>, and same-name speakers with different ids", { skip }, () => {
  const p = parseFrabXml(readProgramme("fosdem-2024-schedule.xml"));
  assert.equal(p.conference.timezone, "Europe/Brussels");
  const welcome = p.talks.find((t) => t.title === "Welcome to FOSDEM 2024");
  assert.equal(welcome?.sourceId, "5bb0aa4e-0c0e-5ccd-9523-0ed1ca679039");
  assert.equal(welcome?.startsAt, "2024-02-03T09:30:00+01:00");
  assert.equal(welcome?.endsAt, "2024-02-03T09:55:00+01:00");
  assert.equal(welcome?.speakerKeys.length, 2);
  const palmas = p.speakers.filter((s) => s.name === "Victor Palma");
  assert.deepEqual(palmas.map((s) => s.sourceId).sort(), ["2472", "2615"]);
  assert.notEqual(palmas[0]?.key, palmas[1]?.key);
});

test("frab XML: 31C3 spans four days; a 00:15 talk keeps the file's day and its own <date> offset", { skip }, () => {
  const p = parseFrabXml(readProgramme("31c3-schedule.xml"));
  assert.deepEqual([...distinct(p.talks.map((t) => t.day))].sort(), ["2014-12-27", "2014-12-28", "2014-12-29", "2014-12-30"]);
  const fnord = p.talks.find((t) => t.sourceId === "Mw1wjnNzwxzSkM3Ip5Lg0g");
  assert.equal(fnord?.title, "Fnord News Show");
  assert.equal(fnord?.day, "2014-12-28");
  assert.equal(fnord?.startsAt, "2014-12-29T00:15:00+01:00");
  assert.equal(fnord?.endsAt, "2014-12-29T01:45:00+01:00");
  assert.equal(p.conference.startsOn, "2014-12-27");
});
