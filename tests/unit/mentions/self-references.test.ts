/**
 * A speaker's writeup about their own session (match-self-references.ts):
 * "my talk", "our session", "I gave a talk", "I presented", "mein Vortrag",
 * "ma présentation", "mijn sessie", resolved through the author's name, and
 * only ever as a suggestion.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { DetectedMention } from "../../../lib/core/mentions/types";
import { catalogOf, detect, talk } from "./helpers";

const catalog = catalogOf(
  [
    talk("tides", "Predicting Tides with Small Models", ["nadia"], { day: "2023-05-09" }),
    talk("kelp", "Kelp Farms as Carbon Sinks", ["oskar", "nadia2"], { day: "2023-05-09" }),
    talk("buoys", "Cheap Buoys for Citizen Science", ["pim"], { day: "2023-05-09" }),
    talk("buoys-ws", "Build Your Own Buoy", ["pim"], { day: "2023-05-10", kind: "workshop" }),
  ],
  [
    ["nadia", "Nadia Ferreira-Lund"],
    ["oskar", "Oskar Vahl"],
    ["nadia2", "Hanne Kristoffersen"],
    ["pim", "Pim de Wilde"],
  ],
);

const own = (md: string, authorName?: string): DetectedMention[] => detect(md, catalog, { authorName }).filter((m) => m.kind === "talk" && m.reason.includes("author's own"));

const cases: { name: string; md: string; author?: string; want: string | null; text?: string }[] = [
  { name: "my talk", md: "The room was full for my talk, which was a relief.", author: "Nadia Ferreira-Lund", want: "tides", text: "my talk" },
  { name: "my short talk", md: "In my short talk I showed three tide gauges.", author: "Nadia Ferreira-Lund", want: "tides", text: "my short talk" },
  { name: "an intensifier before the adjective", md: "It was only my rather brief session, but people came.", author: "Nadia Ferreira-Lund", want: "tides", text: "my rather brief session" },
  { name: "an intensifier alone is not a speaker's word", md: "That was my very favourite session.", author: "Nadia Ferreira-Lund", want: null },
  { name: "I gave a talk", md: "On Tuesday I gave a talk about seaweed.", author: "Oskar Vahl", want: "kelp", text: "I gave a talk" },
  { name: "I presented", md: "I presented the results of two summers of measurements.", author: "Hanne Kristoffersen", want: "kelp", text: "I presented" },
  { name: "our session", md: "Our session drew questions about harvesting.", author: "Oskar Vahl", want: "kelp" },
  { name: "German", md: "Nach meinem Vortrag gab es viele Fragen zu Gezeiten.", author: "Nadia Ferreira-Lund", want: "tides", text: "meinem Vortrag" },
  { name: "French", md: "Pendant ma présentation, j’ai montré des marégraphes.", author: "Nadia Ferreira-Lund", want: "tides", text: "ma présentation" },
  { name: "Dutch", md: "Na mijn sessie kwamen er veel vragen over zeewier.", author: "Oskar Vahl", want: "kelp", text: "mijn sessie" },
  { name: "the author's name in another case and accents", md: "Slides for my talk are online.", author: "nadia ferreira lund", want: "tides" },
  { name: "no author known", md: "The room was full for my talk.", want: null },
  { name: "an author who is no speaker", md: "The room was full for my talk.", author: "Quentin Marsh", want: null },
  { name: "my favourite talk is someone else's", md: "My favourite talk was about buoys.", author: "Nadia Ferreira-Lund", want: null },
  { name: "my next session is the writer's choice", md: "My next session was in the big hall.", author: "Nadia Ferreira-Lund", want: null },
  { name: "my talk picks", md: "Here are my talk picks for tomorrow.", author: "Nadia Ferreira-Lund", want: null },
  { name: "I spoke to someone", md: "I spoke to the organisers at lunch.", author: "Nadia Ferreira-Lund", want: null },
];

for (const c of cases) {
  test(`self reference: ${c.name}`, () => {
    const found = own(c.md, c.author);
    if (c.want === null) {
      assert.deepEqual(found, [], JSON.stringify(found));
      return;
    }
    assert.equal(found.length, 1, JSON.stringify(found));
    const m = found[0]!;
    assert.equal(m.id, c.want);
    assert.equal(m.action, "suggest", "a self reference is only ever suggested");
    assert.equal(c.md.slice(m.start, m.end), m.text);
    if (c.text) assert.equal(m.text, c.text);
  });
}

test("an author with two sessions: the one on the day of the heading, else both as candidates", () => {
  const onDay = own("## Wednesday\n\nMy workshop ran over time.", "Pim de Wilde");
  assert.equal(onDay.length, 1);
  assert.equal(onDay[0]!.id, "buoys-ws");
  assert.equal(onDay[0]!.candidates, undefined);

  const undecided = own("My talk ran over time.", "Pim de Wilde");
  assert.equal(undecided.length, 1);
  assert.deepEqual([...(undecided[0]!.candidates ?? [])].sort(), ["buoys", "buoys-ws"]);
  assert.equal(undecided[0]!.action, "suggest");
});

test("plurals are left alone: 'my talks' names no one session", () => {
  assert.deepEqual(own("My talks this year were both about tides.", "Nadia Ferreira-Lund"), []);
});
