/**
 * Subtitles name their talks too (issue 15, kind 6): frab and pretalx
 * programmes give many talks a short title and a longer second line, and a
 * report may write only the second line. Catalog and writing are invented.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { CONFIDENT_THRESHOLD } from "../../../lib/core/mentions/types";
import { catalogOf, detect, find, ids, talk } from "./helpers";

const catalog = catalogOf(
  [
    talk("knotwork", "Knotwork", ["ines"], { subtitle: "A gentle introduction to lattice-based signatures" }),
    talk("pebbles", "Pebbles", ["tarek"], { subtitle: "Rewriting a Tide Gauge Firmware in Ada" }),
    talk("dawn", "Opening Ceremony", ["wen"], { subtitle: "The Beginning" }),
    talk("fieldnotes", "Field Notes from the Rooftop Garden", ["wen"], { subtitle: "lessons learned" }),
  ],
  [
    ["ines", "Ines Vollmer"],
    ["tarek", "Tarek Brandvold"],
    ["wen", "Wen Okonkwo"],
  ],
);

test("a quoted subtitle links its talk, a little less surely than its title would", () => {
  const m = detect('My favourite was "A gentle introduction to lattice-based signatures", with great slides.', catalog);
  const hit = find(m, "talk", "knotwork");
  assert.ok(hit, "the subtitle finds the talk");
  assert.ok(hit.confidence >= CONFIDENT_THRESHOLD && hit.confidence <= 0.88, `confidence ${hit.confidence}`);
  assert.match(hit.reason, /subtitle/);
});

test("a subtitle capitalised as a title in prose links its talk", () => {
  const m = detect("Then I went to Rewriting a Tide Gauge Firmware in Ada, which was packed.", catalog);
  assert.ok((find(m, "talk", "pebbles")?.confidence ?? 0) >= CONFIDENT_THRESHOLD);
});

test("a subtitle with one meaningful word, or a short phrase of the trade, does not name a talk", () => {
  assert.deepEqual(ids(detect('It was "The Beginning" of a long week.', catalog), "talk"), []);
  assert.deepEqual(ids(detect("We shared lessons learned over dinner.", catalog), "talk"), []);
});

test("title and subtitle written together give one mention of one talk", () => {
  const m = detect("Best talk: Pebbles: Rewriting a Tide Gauge Firmware in Ada.", catalog);
  assert.deepEqual(ids(m, "talk"), ["pebbles"]);
});

test("a subtitle shortened in lower-case prose is at most a suggestion", () => {
  const m = detect("someone was rewriting a tide gauge firmware over the weekend", catalog);
  const hit = find(m, "talk", "pebbles");
  assert.ok(!hit || hit.confidence < CONFIDENT_THRESHOLD, `confidence ${hit?.confidence}`);
});
