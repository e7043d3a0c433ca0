import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { test } from "node:test";
import { detectFormat, parseFormatName } from "../../../lib/core/programme/detect-format";
import { MAX_PROGRAMME_BYTES, parseProgramme, utf8ByteLength } from "../../../lib/core/programme/parse-programme";
import { ProgrammeError } from "../../../lib/core/programme/programme-error";
import { fixturesDir, readProgramme } from "./fixtures";

// Every owned fixture (tests/fixtures/schedules); the real exports are
// checked the same way in tests/real/programme/parse-programme.test.ts.
const DETECTED = [
  ["harbourfest-2023-schedule.xml", "frab-xml"],
  ["harbourfest-2024-schedule.xml", "frab-xml"],
  ["lantern-congress-schedule.xml", "frab-xml"],
  ["c3voc-pretalx-pebble-summit.json", "c3voc-json"],
  ["c3voc-frab-meadow-camp-2022.json", "c3voc-json"],
  ["riverside-cloud-day-2021-sessionize.json", "sessionize-json"],
  ["northfield-pyday-2019-schedule.ics", "ical"],
] as const;

for (const [file, format] of DETECTED) {
  test(`detectFormat: ${file} is ${format}, by content even under a misleading name`, () => {
    const text = readProgramme(file);
    assert.equal(detectFormat(text, file), format);
    assert.equal(detectFormat(text, "download.txt"), format);
    assert.equal(detectFormat(text), format);
  });
}

test("detectFormat: Hallway JSON and CSV", () => {
  assert.equal(detectFormat('{"hallway":1,"conference":{"name":"x"},"talks":[]}'), "hallway-json");
  assert.equal(detectFormat("Title,Speakers\nHello,Ann\n"), "hallway-csv");
  assert.equal(detectFormat("\uFEFFtitle\nHello\n", "talks.csv"), "hallway-csv");
});

test("detectFormat: an unknown format is a clear error", () => {
  assert.throws(() => parseProgramme("just some notes\nabout a conference\n", { filename: "notes.txt" }), {
    message: /^notes\.txt, line 1: unknown format: the file is not frab\/Pentabarf XML, .*\(it starts with 'just some notes'\)$/,
  });
  assert.throws(() => detectFormat('{"data": []}'), { message: "$: unknown format: a JSON object with keys data, not a schedule export" });
  assert.throws(() => detectFormat("<html><body></body></html>"), { message: "line 1: unknown format: this is an HTML page, not a schedule export" });
  assert.throws(() => detectFormat('<?xml version="1.0"?><rss/>'), { message: /XML with root <rss>/ });
  assert.throws(() => detectFormat("", "x.json"), { message: "line 1: the file is empty" });
});

test("--format overrides detection, and names the format problems of the forced parser", () => {
  const ics = readProgramme("northfield-pyday-2019-schedule.ics");
  // Detected as iCalendar even though it is called .xml …
  assert.equal(parseProgramme(ics, { filename: "schedule.xml" }).talks.length, 15);
  // … but forcing frab XML parses it as XML and fails as XML.
  assert.throws(() => parseProgramme(ics, { filename: "schedule.xml", format: "frab-xml" }), { message: /^schedule\.xml, line 1: not well-formed XML/ });
  // A c3voc file forced to Hallway JSON is validated as Hallway JSON.
  assert.throws(() => parseProgramme(readProgramme("c3voc-pretalx-pebble-summit.json"), { format: parseFormatName("hallway") }), {
    message: /field 'hallway' is missing/,
  });
  // Text that detection calls unknown goes to the forced parser, which reports its own problem.
  assert.throws(() => parseProgramme("Hello\n", { filename: "x.txt" }), { message: /^x\.txt, line 1: unknown format/ });
  assert.throws(() => parseProgramme("Hello\n", { format: "hallway-csv", filename: "x.txt" }), { message: /^x\.txt, line 1: unknown column 'Hello'/ });
});

test("parseFormatName: aliases and unknown names", () => {
  assert.equal(parseFormatName("ics"), "ical");
  assert.equal(parseFormatName("Pentabarf"), "frab-xml");
  assert.equal(parseFormatName("pretalx"), "c3voc-json");
  assert.equal(parseFormatName("csv"), "hallway-csv");
  assert.throws(() => parseFormatName("excel"), { message: "unknown format 'excel': use one of frab-xml, c3voc-json, sessionize-json, ical, hallway-json, hallway-csv" });
});

test("a file of 50 MB or more is refused with its size and the limit", () => {
  assert.equal(MAX_PROGRAMME_BYTES, 50_000_000);
  const big = "x".repeat(50_000_000);
  assert.throws(() => parseProgramme(big, { filename: "huge.xml" }), (e: unknown) => {
    assert.ok(e instanceof ProgrammeError);
    assert.equal(e.message, "huge.xml: the file is 50 MB (50,000,000 bytes); files must be smaller than 50 MB");
    return true;
  });
  // bytes, not characters: 25 million "é" are 50 million UTF-8 bytes
  assert.throws(() => parseProgramme("é".repeat(25_000_000), { filename: "accents.csv" }), { message: /accents\.csv: the file is 50 MB \(50,000,000 bytes\)/ });
  assert.throws(() => parseProgramme("x".repeat(51_234_567)), { message: "the file is 51.2 MB (51,234,567 bytes); files must be smaller than 50 MB" });
  assert.equal(utf8ByteLength("aé€😀"), 1 + 2 + 3 + 4);
});

// Speed is measured by `npm run bench:import`, never asserted here: these machines are shared and noisy.
test("every fixture parses through parseProgramme, format detected", () => {
  const files = readdirSync(fixturesDir).filter((f) => !f.endsWith(".md"));
  // A new fixture must be listed in DETECTED too, so its format is checked.
  assert.deepEqual(files.sort(), DETECTED.map(([file]) => file).sort());
  for (const [file] of DETECTED) {
    const p = parseProgramme(readProgramme(file), { filename: file });
    assert.ok(p.talks.length > 0, file);
    assert.ok(p.conference.name, file);
  }
});
