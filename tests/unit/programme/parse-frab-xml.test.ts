import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFrabXml } from "../../../lib/core/programme/parse-frab-xml";
import { parseProgramme } from "../../../lib/core/programme/parse-programme";
import { ProgrammeError } from "../../../lib/core/programme/programme-error";
import { distinct, readProgramme } from "./fixtures";

// The team's own fixtures (tests/fixtures/schedules), in the structure of the
// real exports: Harbourfest 2023 as FOSDEM 2020 writes it (Pentabarf, no
// guid, no zone), 2024 as FOSDEM 2024 does (guids, <date>, <time_zone_name>),
// the Lantern Congress as CCC's frab does (four days, a talk after midnight).
// Counts checked independently with python3 xml.etree.ElementTree:
//   days = <day> elements, talks = <event>s, speakers = distinct <person id>,
//   rooms = distinct <event><room> texts.
const FIXTURES = [
  { file: "harbourfest-2023-schedule.xml", days: 2, talks: 9, speakers: 8, rooms: 3 },
  // 9 person ids but 8 names: "Robin Vale" has two ids.
  { file: "harbourfest-2024-schedule.xml", days: 2, talks: 9, speakers: 9, rooms: 3 },
  { file: "lantern-congress-schedule.xml", days: 4, talks: 9, speakers: 10, rooms: 2 },
];

for (const f of FIXTURES) {
  test(`frab XML: ${f.file} has ${f.days} days, ${f.talks} talks, ${f.speakers} speakers, ${f.rooms} rooms`, () => {
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

test("frab XML: a Pentabarf export with only <city> (zone inferred), id without guid, HH:MM durations, links", () => {
  const p = parseFrabXml(readProgramme("harbourfest-2023-schedule.xml"));
  assert.deepEqual(p.conference, {
    name: "Harbourfest 2023",
    slug: "harbourfest-2023",
    startsOn: "2023-02-04",
    endsOn: "2023-02-05",
    timezone: "Europe/Amsterdam",
    location: "Amsterdam",
    venue: "Old Harbour Hall",
  });
  const keynote = p.talks.find((t) => t.sourceId === "1071");
  assert.ok(keynote);
  assert.equal(keynote.title, "Keeping a Compiler Alive: Thirty Years of Small Steps");
  assert.equal(keynote.subtitle, "How a tiny team looks after a very large codebase");
  assert.equal(keynote.kind, "keynote");
  assert.equal(keynote.track, "Keynotes");
  assert.equal(keynote.room, "Main Hall");
  assert.equal(keynote.day, "2023-02-04");
  // <start>10:00</start> in Amsterdam in February: +01:00
  assert.equal(keynote.startsAt, "2023-02-04T10:00:00+01:00");
  // <duration>00:50</duration>
  assert.equal(keynote.endsAt, "2023-02-04T10:50:00+01:00");
  const speaker = p.speakers.find((s) => s.key === keynote.speakerKeys[0]);
  assert.deepEqual(speaker, { key: "marit-okonkwo", sourceId: "7301", name: "Marit Okonkwo" });
  // slides attachment and video links kept; the feedback link dropped
  assert.ok(keynote.links?.some((l) => l.url.endsWith("Harbourfest_Okonkwo_Small_Steps.pdf")));
  assert.ok(keynote.links?.some((l) => l.url === "https://video.harbourfest.example/2023/main_hall/compiler_alive.mp4"));
  for (const t of p.talks) assert.ok(!t.links?.some((l) => /feedback/.test(l.url)), t.title);
  // a <type> of lightningtalk, devroom and maintrack
  assert.equal(p.talks.find((t) => t.title === "Five Minutes of Shell History")?.kind, "lightning");
  assert.equal(p.talks.find((t) => t.title === "Packaging Fonts for Everyone")?.kind, "talk");
  // one speaker with two talks in one edition is one speaker
  assert.equal(p.speakers.filter((s) => s.name === "Jonas Feldmann").length, 1);
  assert.equal(p.talks.filter((t) => t.speakerKeys.includes("jonas-feldmann")).length, 2);
});

test("frab XML: HTML in abstracts becomes markdown, never raw HTML", () => {
  const p = parseFrabXml(readProgramme("harbourfest-2023-schedule.xml"));
  const byTitle = (title: string) => p.talks.find((t) => t.title === title);
  // <abstract>&lt;p&gt;Our compiler…&lt;/p&gt;</abstract> + <description>&lt;p&gt;The talk will walk…
  const keynote = byTitle("Keeping a Compiler Alive: Thirty Years of Small Steps");
  assert.match(keynote?.abstract ?? "", /^Our compiler and the one we released in the first year/);
  assert.match(keynote?.abstract ?? "", /\n\nThe talk will walk through the changes/);
  for (const t of p.talks) {
    assert.doesNotMatch(t.abstract ?? "", /<\/?(p|a|ul|ol|li|em|strong|br|div|span|code|pre|h\d)\b[^>]*>/i, t.title);
  }
  // lists, emphasis, code blocks and links survive as markdown
  const map = byTitle("Ten Years of a Community Map")?.abstract ?? "";
  assert.match(map, /\n- how the data model _grew_ without breaking old clients,\n- moderation by \*\*three\*\* people/);
  assert.match(map, /```\nmake import CITY=all\n```/);
  assert.equal(
    byTitle("Packaging Fonts for Everyone")?.abstract,
    "Fonts are software too. See the [packaging guide](https://fonts.harbourfest.example/guide) for the _boring_ parts.",
  );
  // &amp;lt; in the XML is an escaped "<" in the HTML: text, not a tag
  assert.equal(byTitle("Sensor Boards on a Budget")?.abstract, "Three boards, one weekend, <20 euros.");
});

test("frab XML: event guids, <date>, <time_zone_name>, chat links, and same-name speakers with different ids", () => {
  const p = parseFrabXml(readProgramme("harbourfest-2024-schedule.xml"));
  assert.equal(p.conference.timezone, "Europe/Amsterdam");
  assert.equal(p.conference.url, "https://harbourfest.example/2024/schedule/");
  const welcome = p.talks.find((t) => t.title === "Welcome to Harbourfest 2024");
  assert.equal(welcome?.sourceId, "4f6c2a8e-3b1d-5e7f-9a0b-1c2d3e4f5a60");
  assert.equal(welcome?.url, "https://harbourfest.example/2024/schedule/event/harbourfest-2024-3023-welcome-to-harbourfest-2024/");
  assert.equal(welcome?.startsAt, "2024-02-03T09:30:00+01:00");
  assert.equal(welcome?.endsAt, "2024-02-03T09:55:00+01:00");
  assert.deepEqual(welcome?.speakerKeys.map((k) => p.speakers.find((s) => s.key === k)?.name), ["Harbourfest Crew", 'Ravi "Rav" Menon']);
  // chat rooms (web and matrix.to) and the feedback form are not the talk's links
  assert.deepEqual(welcome?.links?.map((l) => l.label), ["Slides", "Video recording (AV1/opus)", "Video recording (mp4)"]);
  const robins = p.speakers.filter((s) => s.name === "Robin Vale");
  assert.deepEqual(robins.map((s) => s.sourceId).sort(), ["2472", "2615"]);
  assert.notEqual(robins[0]?.key, robins[1]?.key);
});

test("frab XML: a frab congress spans four days; a 00:15 talk keeps the file's day and its own <date> offset", () => {
  const p = parseFrabXml(readProgramme("lantern-congress-schedule.xml"));
  assert.deepEqual([...distinct(p.talks.map((t) => t.day))].sort(), ["2022-12-27", "2022-12-28", "2022-12-29", "2022-12-30"]);
  const quiz = p.talks.find((t) => t.sourceId === "TGF0ZU5pZ2h0UXVpelNob3cx");
  assert.equal(quiz?.title, "Late Night Quiz Show");
  assert.equal(quiz?.day, "2022-12-28");
  assert.equal(quiz?.startsAt, "2022-12-29T00:15:00+01:00");
  assert.equal(quiz?.endsAt, "2022-12-29T01:45:00+01:00");
  assert.equal(p.conference.name, "7. Lantern Congress");
  assert.equal(p.conference.slug, "7-lantern-congress");
  assert.equal(p.conference.startsOn, "2022-12-27");
  // no zone in the file and no <city>: the <date> offsets carry the times
  assert.equal(p.conference.timezone, undefined);
  const radios = p.talks.find((t) => t.title === "Mending Forgotten Radios");
  assert.equal(radios?.track, "Hardware & Making");
  assert.deepEqual(radios?.links, [{ label: "Repair notes", url: "https://radios.lantern.example/notes" }]);
  assert.ok(p.talks.some((t) => t.title === "Über die „Sprache“ der Behörden"));
});

const wrap = (events: string, conference = "<title>Mini</title><start>2020-02-01</start><end>2020-02-02</end><time_zone_name>Europe/Berlin</time_zone_name>") =>
  `<?xml version="1.0"?>\n<schedule>\n<conference>${conference}</conference>\n<day index="1" date="2020-02-01">\n<room name="A">\n${events}\n</room>\n</day>\n</schedule>\n`;

test("frab XML: persons without ids are one speaker per name; start before day_change moves to the next date", () => {
  const xml = wrap(
    `<event id="1"><start>10:00</start><duration>1:30</duration><title>One</title><persons><person>Ada Lovelace</person></persons></event>
<event id="2"><start>11:30</start><duration>00:30:00</duration><title>Two</title><persons><person>ADA LOVELACE</person><person id="7">Grace Hopper</person></persons></event>
<event id="3"><start>01:00</start><duration>00:30</duration><title>Night</title></event>`,
    "<title>Mini</title><time_zone_name>Europe/Berlin</time_zone_name><day_change>04:00</day_change>",
  );
  const p = parseFrabXml(xml);
  assert.deepEqual(p.speakers, [
    { key: "ada-lovelace", name: "Ada Lovelace" },
    { key: "grace-hopper", sourceId: "7", name: "Grace Hopper" },
  ]);
  assert.deepEqual(p.talks[1]?.speakerKeys, ["ada-lovelace", "grace-hopper"]);
  assert.equal(p.talks[0]?.endsAt, "2020-02-01T11:30:00+01:00");
  assert.equal(p.talks[1]?.endsAt, "2020-02-01T12:00:00+01:00");
  assert.equal(p.talks[2]?.day, "2020-02-01");
  assert.equal(p.talks[2]?.startsAt, "2020-02-02T01:00:00+01:00");
  assert.equal(p.conference.startsOn, "2020-02-01");
});

test("frab XML: an impossible time names file, line, event, path and field", () => {
  const xml = wrap(`<event id="1"><start>10:00</start><title>Fine</title></event>\n<event id="2">\n<start>25:99</start>\n<title>Foo</title>\n</event>`);
  assert.throws(
    () => parseProgramme(xml, { filename: "uploads/fosdem.xml" }),
    (e: unknown) => {
      assert.ok(e instanceof ProgrammeError);
      assert.equal(
        e.message,
        "fosdem.xml, line 8, event 'Foo' (/schedule/day[1]/room[1]/event[2]): field 'start' is '25:99', not a time (HH:MM)",
      );
      assert.equal(e.file, "fosdem.xml");
      assert.equal(e.line, 8);
      assert.equal(e.field, "start");
      assert.equal(e.path, "/schedule/day[1]/room[1]/event[2]");
      return true;
    },
  );
});

test("frab XML: bad duration, bad day date, missing title, duplicate ids, malformed XML, wrong root", () => {
  assert.throws(() => parseFrabXml(wrap(`<event id="1"><start>10:00</start><duration>half an hour</duration><title>X</title></event>`)), {
    message: /line 6, event 'X' .*field 'duration' is 'half an hour', not a duration \(HH:MM\)/,
  });
  assert.throws(() => parseFrabXml(wrap(`<event id="1"><start>10:00</start><title>X</title></event>`).replace('date="2020-02-01"', 'date="2020-02-30"')), {
    message: /line 4, day 1 \(\/schedule\/day\[1\]\): field 'date' is '2020-02-30', not a date/,
  });
  assert.throws(() => parseFrabXml(wrap(`<event id="9"><start>10:00</start></event>`)), {
    message: /line 6, event '9' .*field 'title' is missing/,
  });
  assert.throws(
    () => parseFrabXml(wrap(`<event guid="g1" id="1"><start>10:00</start><title>A</title></event>\n<event guid="g1" id="2"><start>11:00</start><title>B</title></event>`)),
    { message: /line 7, event 'B' .*field 'guid' is 'g1', a duplicate of event 'A' \(line 6\)/ },
  );
  assert.throws(() => parseFrabXml("<schedule>\n<conference><title>T</title></conference>\n<day date='2020-01-01'>\n</schedule>"), {
    message: /^line 4: not well-formed XML/,
  });
  assert.throws(() => parseFrabXml("<html><body>hi</body></html>"), { message: /root element is <html>, not <schedule>/ });
});

test("frab XML: external entities (XXE) and entity-expansion bombs are refused", () => {
  const xxe = `<?xml version="1.0"?>\n<!DOCTYPE schedule [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<schedule><conference><title>&xxe;</title></conference></schedule>`;
  assert.throws(() => parseFrabXml(xxe), (e: unknown) => {
    assert.ok(e instanceof ProgrammeError);
    assert.match(e.message, /^line 3: the XML declares entities \(<!ENTITY>\); external entities and entity expansion are refused$/);
    return true;
  });
  const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("\n");
  const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${lol}\n]>\n<schedule><conference><title>&lol9;</title></conference></schedule>`;
  // Refused before any parsing: the message proves the entities were never expanded.
  assert.throws(() => parseProgramme(bomb, { filename: "bomb.xml" }), { message: /^bomb\.xml, line 3: .*entity expansion are refused/ });
  const externalDtd = `<?xml version="1.0"?>\n<!DOCTYPE schedule SYSTEM "http://evil.example/x.dtd">\n<schedule/>`;
  assert.throws(() => parseFrabXml(externalDtd), { message: /line 2: the XML has a DOCTYPE .*external DTD/ });
});
