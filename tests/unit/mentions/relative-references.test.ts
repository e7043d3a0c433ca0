/**
 * Sessions named by their place next to another (resolve-neighbours.ts):
 * "the previous session", "the next talk", "the talk after that", "in the
 * same room afterwards", in English, French, German and Dutch. An invented
 * one-day conference with two rooms and times, and a second conference with
 * days and tracks but no times.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { CatalogTalk, DetectedMention } from "../../../lib/core/mentions/types";
import { catalogOf, detect, talk } from "./helpers";

const day = "2032-06-14";
const at = (hhmm: string) => `${day}T${hhmm}:00+02:00`;
const timed = (id: string, title: string, speakers: string[], room: string, hhmm: string, extra: Partial<CatalogTalk> = {}) =>
  talk(id, title, speakers, { conference: "orchard", day, room, track: room === "Hall A" ? "Fruit" : "Roots", startsAt: at(hhmm), ...extra });

const orchardConference = { slug: "orchard", name: "Orchard Tech 2032", startsOn: day, endsOn: day };
const orchard = catalogOf(
  [
    timed("grafting", "Grafting Apple Trees at Scale", ["ola"], "Hall A", "10:00"),
    timed("pollinators", "Pollinator Paths Between Rows", ["bram"], "Hall A", "11:00"),
    timed("pruning", "Winter Pruning for Beginners", ["cyd"], "Hall A", "12:00"),
    timed("roots", "Rootstock Genetics Explained", ["dee"], "Room 2", "11:00"),
    timed("soil", "Soil Moisture Sensors on a Budget", ["eli"], "Room 2", "12:00"),
  ],
  [
    ["ola", "Ola Brandvik"],
    ["bram", "Bram Teuling"],
    ["cyd", "Cyd Marchetti"],
    ["dee", "Dee Okafor"],
    ["eli", "Eli Navarro"],
  ],
  orchardConference,
);

const suggested = (md: string): DetectedMention[] => detect(md, orchard).filter((m) => m.kind === "talk" && m.reason.includes("the one named"));

const cases: { name: string; md: string; want: string | null; text?: string }[] = [
  { name: "the previous session, same room", md: "I sat through “Pollinator Paths Between Rows”. There was a good demo of bee counters in the previous session.", want: "grafting", text: "previous session" },
  { name: "the next talk, same room", md: "“Pollinator Paths Between Rows” was packed.\n\nThe next talk went deeper into ladders and shears.", want: "pruning", text: "next talk" },
  { name: "the talk after that", md: "I started with “Grafting Apple Trees at Scale”. The talk after that was about bees.", want: "pollinators", text: "talk after that" },
  { name: "the same room afterwards", md: "After “Rootstock Genetics Explained” I stayed in the same room afterwards for the sensors.", want: "soil", text: "same room afterwards" },
  { name: "after <title>, the next talk", md: "After “Rootstock Genetics Explained”, the next talk was about cheap sensors.", want: "soil" },
  { name: "French", md: "J’ai vu « Winter Pruning for Beginners ». La session précédente parlait d’abeilles.", want: "pollinators", text: "session précédente" },
  { name: "German", md: "Ich war in „Grafting Apple Trees at Scale“. Der nächste Vortrag war über Bienen und ihre Wege.", want: "pollinators", text: "nächste Vortrag" },
  { name: "Dutch", md: "Eerst zag ik “Pollinator Paths Between Rows”. De volgende sessie ging over snoeien.", want: "pruning", text: "volgende sessie" },
  { name: "nothing after the last session of the room", md: "“Winter Pruning for Beginners” closed the morning. The next talk was lunch, sadly.", want: null },
  { name: "no talk named before the phrase", md: "The previous session ran long. Then came “Soil Moisture Sensors on a Budget”.", want: null },
  { name: "the writer's own next choice", md: "“Grafting Apple Trees at Scale” was fun. The next talk I went to was in another building.", want: null },
  { name: "'my next talk' is the writer's choice", md: "“Grafting Apple Trees at Scale” was fun. My next talk was in another building.", want: null },
  { name: "a speaker's earlier talk elsewhere", md: "“Pollinator Paths Between Rows” was good. It built on what he showed in a previous talk.", want: null },
  { name: "her previous session", md: "“Pollinator Paths Between Rows” was good. Her previous session was on moths.", want: null },
  { name: "the phrase names a title in its own sentence", md: "“Grafting Apple Trees at Scale” was fun. The next talk, “Rootstock Genetics Explained”, was better.", want: null },
  { name: "<title> was the next talk", md: "I had lunch. “Soil Moisture Sensors on a Budget” was the next talk on my list.", want: null },
  { name: "next year's talk is not a neighbour", md: "“Grafting Apple Trees at Scale” was fun. Next year's talk will be longer.", want: null },
  { name: "the following talk: introduces a list", md: "“Grafting Apple Trees at Scale” was fun. Then I saw the following talk:\n\n- something else", want: null },
];

for (const c of cases) {
  test(`relative reference: ${c.name}`, () => {
    const found = suggested(c.md);
    if (c.want === null) {
      assert.deepEqual(found, [], JSON.stringify(found));
      return;
    }
    assert.equal(found.length, 1, JSON.stringify(found));
    const m = found[0]!;
    assert.equal(m.id, c.want, JSON.stringify(m));
    assert.equal(m.action, "suggest", "a neighbour is only ever suggested");
    assert.equal(c.md.slice(m.start, m.end), m.text);
    if (c.text) assert.ok(m.text.includes(c.text), `${m.text} should cover ${c.text}`);
  });
}

test("a room's neighbour is by start time, whatever the programme's order", () => {
  const shuffled = catalogOf([orchard.talks[2]!, orchard.talks[0]!, orchard.talks[1]!], orchard.speakers.map((s): [string, string] => [s.id, s.name]), orchardConference);
  const m = detect("“Winter Pruning for Beginners” was last. The previous session had the bees.", shuffled).find((x) => x.reason.includes("the one named"));
  assert.equal(m?.id, "pollinators");
});

test("a session in a parallel room is never the neighbour", () => {
  const m = suggested("“Rootstock Genetics Explained” was good. The previous session was the same idea.");
  // Room 2 has nothing before 11:00; Hall A's 10:00 talk is another room.
  assert.deepEqual(m, []);
});

// Days and tracks, no times: the programme's order is all there is, so every session of the track is offered.
const untimed = catalogOf(
  [
    talk("a", "Weaving Baskets from Willow", ["p1"], { conference: "crafts", day: "2032-09-01", track: "Fibre" }),
    talk("b", "Natural Dyes from Onion Skins", ["p2"], { conference: "crafts", day: "2032-09-01", track: "Fibre" }),
    talk("c", "Spinning Nettle Yarn", ["p3"], { conference: "crafts", day: "2032-09-01", track: "Fibre" }),
    talk("d", "Carving Spoons", ["p4"], { conference: "crafts", day: "2032-09-01", track: "Wood" }),
  ],
  [
    ["p1", "Pia Holm"],
    ["p2", "Quin Abara"],
    ["p3", "Rui Santos"],
    ["p4", "Sol Weber"],
  ],
  { slug: "crafts", name: "Craft Days 2032", startsOn: "2032-09-01", endsOn: "2032-09-01" },
);

test("without times, the programme's order gives a best guess and every other session of the track as candidates", () => {
  const found = detect("“Spinning Nettle Yarn” was great. The previous session touched on dyes.", untimed).filter((m) => m.reason.includes("no times"));
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(found[0]!.id, "b");
  assert.deepEqual(found[0]!.candidates, ["b", "a"]);
  assert.equal(found[0]!.action, "suggest");
});
