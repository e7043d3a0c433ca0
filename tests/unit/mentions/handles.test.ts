/**
 * People a programme lists by one name: a handle or a first name alone.
 * Catalog and writing are invented for these tests.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { CONFIDENT_THRESHOLD } from "../../../lib/core/mentions/types";
import { catalogOf, detect, find, ids, talk } from "./helpers";

const catalog = catalogOf(
  [
    talk("opening", "Opening the Congress", ["moorhen", "x0rcist"]),
    talk("radios", "Mending Forgotten Radios", ["lantern"]),
    talk("quarry", "A Quarry of Old Protocols", ["Quill"]),
    talk("gardens", "Gardens on the Roof", ["tilda"]),
    talk("twins1", "Twin Talk One", ["kestrel-a"]),
    talk("twins2", "Twin Talk Two", ["kestrel-b"]),
  ],
  [
    ["moorhen", "moorhen"],
    ["x0rcist", "x0rcist"],
    ["lantern", "lantern"],
    ["Quill", "Quill"],
    ["tilda", "Tilda"],
    ["tilda-full", "Tilda Marsh"],
    ["kestrel-a", "kestrel"],
    ["kestrel-b", "kestrel"],
  ],
);

test("a handle that is plainly not a word is its speaker anywhere", () => {
  const m = detect("x0rcist opened the first day with jokes.", catalog);
  assert.ok((find(m, "speaker", "x0rcist")?.confidence ?? 0) >= CONFIDENT_THRESHOLD);
});

test("a one-word name that could be a word counts after 'by', in several languages, and leads to the talk", () => {
  const m = detect("The best session was the one by lantern about shortwave.", catalog);
  assert.ok(find(m, "speaker", "lantern"), "the speaker after 'by'");
  assert.deepEqual(ids(m, "talk"), ["radios"]);
  assert.ok(find(detect("Der Vortrag von lantern war großartig.", catalog), "speaker", "lantern"));
  assert.ok(find(detect("Then quill's talk on protocols.", catalog), "speaker", "Quill"));
});

test("a one-word name that could be a word is left alone in ordinary prose", () => {
  assert.deepEqual(ids(detect("I carried a lantern through the hall; a moorhen sat by the canal.", catalog), "speaker"), []);
});

test("a one-word name that is another speaker's first name, or shared by two speakers, never matches alone", () => {
  assert.deepEqual(ids(detect("A talk by Tilda about gardens.", catalog), "speaker"), []);
  assert.deepEqual(ids(detect("A talk by kestrel on twins.", catalog), "speaker"), []);
  // Someone else whose name starts the same way.
  assert.deepEqual(ids(detect("A talk by Lantern Okafor about lamps.", catalog), "speaker"), []);
});
