/**
 * Format detection and the one entry point on every real export in ../shared
 * (read in place, never copied here): detection must hold on what exporters
 * really write, not only on the team's fixtures (tests/unit/schedule).
 * Opt-in (`npm run test:real`); skipped, with the reason, without ../shared.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { detectFormat } from "../../../lib/core/programme/detect-format";
import { parseProgramme } from "../../../lib/core/programme/parse-programme";
import { readRealProgramme, realSkip as skip } from "../shared";

const DETECTED = [
  ["fosdem-2020-schedule.xml", "frab-xml"],
  ["fosdem-2024-schedule.xml", "frab-xml"],
  ["31c3-schedule.xml", "frab-xml"],
  ["c3voc-example-pretalx-democon.json", "c3voc-json"],
  ["c3voc-example-frab-camp2019.json", "c3voc-json"],
  ["global-azure-bootcamp-2020-linz-sessionize.json", "sessionize-json"],
  ["pyconuk-2015-schedule.ics", "ical"],
] as const;

for (const [file, format] of DETECTED) {
  test(`detectFormat: real ${file} is ${format}, by content even under a misleading name`, { skip }, () => {
    const text = readRealProgramme(file);
    assert.equal(detectFormat(text, file), format);
    assert.equal(detectFormat(text, "download.txt"), format);
    assert.equal(detectFormat(text), format);
  });
}

// Speed is measured by `npm run bench:import`, never asserted here: these machines are shared and noisy.
test("every real export parses through parseProgramme, format detected", { skip }, () => {
  for (const [file] of DETECTED) {
    const p = parseProgramme(readRealProgramme(file), { filename: file });
    assert.ok(p.talks.length > 0, file);
    assert.ok(p.conference.name, file);
  }
});
