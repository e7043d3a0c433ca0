import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFrabXml } from "../../../lib/core/schedule/parse-frab-xml";
import { parseSchedule } from "../../../lib/core/schedule/parse-schedule";
import { ScheduleError } from "../../../lib/core/schedule/schedule-error";
import { distinct, readSchedule } from "./fixtures";

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
  test(`frab XML: ${f.file} has ${f.days} days, ${f.talks} talks, ${f.speakers} speakers, ${f.rooms} rooms`, () => {
    const p = parseFrabXml(readSchedule(f.file));
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

test("frab XML: FOSDEM 2020 conference, times without a zone in the file (Brussels inferred), HH:MM durations", () => {
  const p = parseFrabXml(readSchedule("fosdem-2020-schedule.xml"));
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

test("frab XML: HTML in abstracts becomes markdown, never raw HTML", () => {
  const p = parseFrabXml(readSchedule("fosdem-2020-schedule.xml"));
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

test("frab XML: FOSDEM 2024 event guids, <time_zone_name>, and same-name speakers with different ids", () => {
  const p = parseFrabXml(readSchedule("fosdem-2024-schedule.xml"));
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

test("frab XML: 31C3 spans four days; a 00:15 talk keeps the file's day and its own <date> offset", () => {
  const p = parseFrabXml(readSchedule("31c3-schedule.xml"));
  assert.deepEqual([...distinct(p.talks.map((t) => t.day))].sort(), ["2014-12-27", "2014-12-28", "2014-12-29", "2014-12-30"]);
  const fnord = p.talks.find((t) => t.sourceId === "Mw1wjnNzwxzSkM3Ip5Lg0g");
  assert.equal(fnord?.title, "Fnord News Show");
  assert.equal(fnord?.day, "2014-12-28");
  assert.equal(fnord?.startsAt, "2014-12-29T00:15:00+01:00");
  assert.equal(fnord?.endsAt, "2014-12-29T01:45:00+01:00");
  assert.equal(p.conference.startsOn, "2014-12-27");
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
    () => parseSchedule(xml, { filename: "uploads/fosdem.xml" }),
    (e: unknown) => {
      assert.ok(e instanceof ScheduleError);
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
    assert.ok(e instanceof ScheduleError);
    assert.match(e.message, /^line 3: the XML declares entities \(<!ENTITY>\); external entities and entity expansion are refused$/);
    return true;
  });
  const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("\n");
  const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${lol}\n]>\n<schedule><conference><title>&lol9;</title></conference></schedule>`;
  // Refused before any parsing: the message proves the entities were never expanded.
  assert.throws(() => parseSchedule(bomb, { filename: "bomb.xml" }), { message: /^bomb\.xml, line 3: .*entity expansion are refused/ });
  const externalDtd = `<?xml version="1.0"?>\n<!DOCTYPE schedule SYSTEM "http://evil.example/x.dtd">\n<schedule/>`;
  assert.throws(() => parseFrabXml(externalDtd), { message: /line 2: the XML has a DOCTYPE .*external DTD/ });
});
