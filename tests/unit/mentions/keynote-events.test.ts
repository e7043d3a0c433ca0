/**
 * A day's keynote named only by its announcements (match-keynote-events.ts).
 * An invented two-day conference with one keynote a day and breakouts.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { catalogOf, detect, talk } from "./helpers";

const conference = { slug: "quay", name: "Quayside Days 2033", startsOn: "2033-04-12", endsOn: "2033-04-13" };
const t = (id: string, title: string, speakers: string[], day: string, kind: "talk" | "keynote" = "talk") => talk(id, title, speakers, { conference: "quay", day, kind });
const catalog = catalogOf(
  [
    t("k1", "Morning Plenary", ["ada", "ben"], "2033-04-12", "keynote"),
    t("k2", "Day 2 Plenary", ["cas"], "2033-04-13", "keynote"),
    t("ropes", "Knots and Ropes for Sailors", ["dan"], "2033-04-12"),
    t("charts", "Reading Old Sea Charts", ["eva"], "2033-04-13"),
  ],
  [
    ["ada", "Ada Korhonen"],
    ["ben", "Ben Achterberg"],
    ["cas", "Cas Moreau"],
    ["dan", "Dan Whitlow"],
    ["eva", "Eva Lindgren"],
  ],
  conference,
);

const events = (md: string) => detect(md, catalog).filter((m) => m.reason === "announced on the day of its keynote");

const cases: { name: string; md: string; want: string | null }[] = [
  { name: "the day in the sentence", md: "On day two the organisers announced a harbour-wide wifi network.", want: "k2" },
  { name: "a weekday in the sentence", md: "On Tuesday they announced free ferry tickets for everyone.", want: "k1" },
  { name: "under a day heading, first paragraph", md: "## Wednesday\n\nThe morning began with announcements about the new pier.", want: "k2" },
  { name: "French", md: "Le deuxième jour, ils ont annoncé un nouveau port.", want: "k2" },
  { name: "German", md: "Am Dienstag wurde ein neuer Hafen angekündigt.", want: "k1" },
  { name: "no day anywhere", md: "They announced a new pier.", want: null },
  { name: "a breakout named before, under the heading", md: "## Wednesday\n\nI went to “Reading Old Sea Charts”.\n\nThey announced a scanning project.", want: null },
  { name: "another talk in the sentence", md: "On day two, “Reading Old Sea Charts” announced a scanning project.", want: null },
  { name: "a breakout's speaker in the sentence", md: "On Tuesday Dan Whitlow announced a knot-tying contest.", want: null },
  { name: "far below the day heading", md: "## Tuesday\n\nFirst thing.\n\nSecond thing.\n\nThird thing.\n\nThey announced a contest.", want: null },
  { name: "a day named in passing is no heading", md: "I arrived on Tuesday.\n\nThey announced a contest.", want: null },
];

for (const c of cases) {
  test(`keynote by its announcements: ${c.name}`, () => {
    const found = events(c.md);
    if (c.want === null) {
      assert.deepEqual(found, [], JSON.stringify(found));
      return;
    }
    assert.equal(found.length, 1, JSON.stringify(detect(c.md, catalog)));
    assert.equal(found[0]!.id, c.want);
    assert.equal(found[0]!.action, "suggest");
    assert.equal(c.md.slice(found[0]!.start, found[0]!.end), found[0]!.text);
  });
}

test("a day with two keynotes is not resolved by its announcements", () => {
  const two = catalogOf([...catalog.talks, t("k1b", "Afternoon Plenary", ["eva"], "2033-04-12", "keynote")], catalog.speakers.map((s): [string, string] => [s.id, s.name]), conference);
  assert.deepEqual(detect("On Tuesday they announced free ferry tickets.", two).filter((m) => m.reason === "announced on the day of its keynote"), []);
});
