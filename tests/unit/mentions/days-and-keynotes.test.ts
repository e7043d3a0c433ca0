/**
 * Keynotes named by their slot, in the languages of day-words.ts, with
 * relative days ("yesterday's keynote") and plural slots ("the keynotes on
 * both days"). An invented three-day conference: workshops on Monday, one
 * keynote on each of Tuesday and Wednesday.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { guessLanguage, keynoteWord, relativeDay } from "../../../lib/core/mentions/day-words";
import { tokenNorms } from "../../../lib/core/mentions/tokenize";
import { catalogOf, detect, talk } from "./helpers";

const conference = { slug: "harbour", name: "Harbourside Summit 2031", startsOn: "2031-03-03", endsOn: "2031-03-05" };
const t = (id: string, title: string, speakers: string[], day: string, kind: "talk" | "keynote" | "workshop" = "talk") =>
  talk(id, title, speakers, { conference: "harbour", day, kind });
const catalog = catalogOf(
  [
    t("ws", "Hands-on Tide Tables", ["ines"], "2031-03-03", "workshop"),
    t("k1", "Opening Keynote", ["mara", "teo"], "2031-03-04", "keynote"),
    t("k2", "Keynote: The Second Morning", ["juno"], "2031-03-05", "keynote"),
    t("lighthouse", "Lighthouses as Distributed Systems", ["ines"], "2031-03-04"),
  ],
  [
    ["ines", "Ines Varga"],
    ["mara", "Mara Olsen"],
    ["teo", "Teo Lindqvist"],
    ["juno", "Juno Adebayo"],
  ],
  conference,
);

const talksIn = (md: string) => detect(md, catalog).filter((m) => m.kind === "talk");

const cases: { name: string; md: string; want: { id: string; action?: "link" | "suggest" }[] }[] = [
  { name: "French ordinal day", md: "La keynote du deuxième jour était trop longue.", want: [{ id: "k2", action: "link" }] },
  { name: "German weekday", md: "Die Keynote am Mittwoch war kurz.", want: [{ id: "k2", action: "link" }] },
  { name: "Dutch ordinal day", md: "De keynote van de eerste dag ging over getijden.", want: [{ id: "k1", action: "link" }] },
  { name: "Spanish weekday", md: "La keynote del martes fue excelente.", want: [{ id: "k1", action: "link" }] },
  { name: "German compound opening keynote", md: "Die Eröffnungskeynote war stark.", want: [{ id: "k1", action: "link" }] },
  { name: "French opening keynote", md: "La keynote d'ouverture parlait de phares.", want: [{ id: "k1", action: "link" }] },
  { name: "plural folded", md: "The keynotes on day 2 ran late.", want: [{ id: "k2", action: "link" }] },
  {
    name: "yesterday under a day heading",
    md: "## Wednesday\n\nThe keynote this morning was short. Yesterday's keynote was better.",
    want: [{ id: "k2" }, { id: "k1", action: "link" }],
  },
  { name: "keynote under the heading that names its day", md: "## Day 2\n\nThe keynote was about harbours.", want: [{ id: "k2", action: "link" }] },
  {
    name: "both days",
    md: "The opening keynotes on both days were about the sea.",
    want: [
      { id: "k1", action: "suggest" },
      { id: "k2", action: "suggest" },
    ],
  },
];

for (const c of cases) {
  test(`keynote slot: ${c.name}`, () => {
    const found = talksIn(c.md);
    for (const w of c.want) {
      const m = found.find((x) => x.id === w.id);
      assert.ok(m, `${c.name}: ${w.id} not found in ${JSON.stringify(found)}`);
      assert.equal(c.md.slice(m.start, m.end), m.text);
      if (w.action) assert.equal(m.action, w.action, `${c.name}: ${JSON.stringify(m)}`);
    }
    const wanted = new Set(c.want.map((w) => w.id));
    assert.deepEqual(found.filter((m) => !wanted.has(m.id)), [], `${c.name}: nothing else`);
  });
}

test("'yesterday' never counts from a day named in passing, only from the heading's day", () => {
  const md = "On the first day there was rain. Yesterday's keynote was better.";
  assert.deepEqual(talksIn(md).filter((m) => m.action === "link"), []);
});

test("a relative day word counts only in its language: German 'hier' is 'here'", () => {
  assert.equal(relativeDay("hier", "fr"), -1);
  assert.equal(relativeDay("hier", "de"), undefined);
  assert.equal(relativeDay("yesterday", "de"), -1);
  assert.equal(relativeDay("gestern", "de"), -1);
});

test("keynoteWord: compounds say which slot", () => {
  assert.deepEqual(keynoteWord("keynote"), { modifier: null });
  assert.deepEqual(keynoteWord("eroffnungskeynote"), { modifier: "opening" });
  assert.deepEqual(keynoteWord("openingskeynote"), { modifier: "opening" });
  assert.deepEqual(keynoteWord("abschlusskeynote"), { modifier: "closing" });
  assert.equal(keynoteWord("notkeynote"), null);
  assert.equal(keynoteWord("keynotes"), null, "plurals are folded by vocabularyKey before");
});

test("guessLanguage by function words", () => {
  const cases: [string, string][] = [
    ["The talk was about the sea and it was good.", "en"],
    ["La conférence était longue et les questions nombreuses pour une fois.", "fr"],
    ["Der Vortrag war gut und die Fragen waren nicht einfach.", "de"],
    ["Het was een goede dag en de sprekers waren niet saai.", "nl"],
    ["La charla fue buena y los asistentes que vinieron por la tarde.", "es"],
  ];
  for (const [text, lang] of cases) assert.equal(guessLanguage(tokenNorms(text)), lang, text);
});
