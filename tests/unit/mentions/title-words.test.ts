/**
 * Talks named by their distinctive words from anywhere in the title
 * (match-title-words.ts), and by the capitalised first part of a title
 * whose rest is a place or a year. Invented catalog.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { CONFIDENT_THRESHOLD } from "../../../lib/core/mentions/types";
import { catalogOf, detect, find, talk } from "./helpers";

const catalog = catalogOf(
  [
    talk("ferry", "How Event Sourcing Became the Harbour Ferry Company's Ticket to Modern Apps", ["rosa", "ivo"]),
    talk("quill", "Writing Poetry with Quillmaker and a Little Rust", ["pia"]),
    talk("mesh", "Mesh Networks under the Microscope", ["ole"]),
    talk("meshops", "Operating Mesh Networks at Scale", ["kim"]),
    talk("summit", "Gullwing Summit (Lisbon)", ["pia"]),
    talk("gardens", "Gardens for Observability", ["ole"]),
  ],
  [
    ["rosa", "Rosa Kettunen"],
    ["ivo", "Ivo Marsh"],
    ["pia", "Pia Sandoval"],
    ["ole", "Ole Brandt"],
    ["kim", "Kim Osei"],
  ],
);

const talks = (md: string) => detect(md, catalog).filter((m) => m.kind === "talk");

test("distinctive words beside a talk word are a suggestion of that talk", () => {
  const md = "The Harbour Ferry talk was the best story of the day.";
  const [m, ...rest] = talks(md);
  assert.equal(rest.length, 0);
  assert.equal(m?.id, "ferry");
  assert.equal(m?.action, "suggest");
  assert.equal(m?.text, "Harbour Ferry");
  assert.match(m?.reason ?? "", /words of its title/);
});

test("one name-like word right beside a talk word: 'the Quillmaker talk'", () => {
  const [m] = talks("I loved the Quillmaker talk.");
  assert.equal(m?.id, "quill");
  assert.equal(m?.action, "suggest");
});

test("the same words with the talk's own speaker beside them stay a suggestion (the speaker may be there for another session)", () => {
  const [m] = talks("Rosa Kettunen told the Harbour Ferry story.");
  assert.equal(m?.id, "ferry");
  assert.equal(m?.action, "suggest");
  assert.match(m?.reason ?? "", /speaker/);
});

test("words several titles share are offered with every candidate, and the speaker settles them", () => {
  const shared = talks("There was a session on mesh networks.");
  const m = shared.find((x) => x.candidates);
  assert.ok(m, JSON.stringify(shared));
  assert.deepEqual([...(m.candidates ?? [])].sort(), ["mesh", "meshops"]);
  assert.equal(m.action, "suggest");
  const settled = talks("Kim Osei gave a session on mesh networks.").find((x) => x.text === "mesh networks");
  assert.equal(settled?.id, "meshops");
  assert.equal(settled?.candidates, undefined);
});

test("plain words alone, common words, or a typo of a name never make a mention", () => {
  for (const md of [
    "We walked through the gardens after lunch.", // one plain word, no talk word, no speaker
    "The ticket to the ferry was cheap.", // plain words of a title, no talk word
    "I saw a talk about Quilmaker.", // a one-word name must be spelled as the title spells it
  ]) {
    assert.deepEqual(talks(md), [], md);
  }
});

test("a title's capitalised first part is worth asking about: 'the Gullwing Summit'", () => {
  const [m] = talks("On Friday I went to the Gullwing Summit.");
  assert.equal(m?.id, "summit");
  assert.equal(m?.action, "suggest");
  assert.equal(m?.text, "Gullwing Summit");
  assert.deepEqual(talks("on friday i went to the gullwing summit."), [], "in lower case it is just words");
});

test("a title without the vendor word that opens many of the conference's titles", () => {
  const vendor = catalogOf(
    [
      talk("a1", "Acme Partner Onboarding Summit", ["pia"]),
      talk("a2", "Acme Cloud Pricing Explained", ["ole"]),
      talk("a3", "Acme Mobile SDK Deep Dive", ["kim"]),
      talk("a4", "Acme for Hospitals", ["rosa"]),
      talk("other", "Partner Programmes in Open Source", ["ivo"]),
    ],
    [
      ["pia", "Pia Sandoval"],
      ["ole", "Ole Brandt"],
      ["kim", "Kim Osei"],
      ["rosa", "Rosa Kettunen"],
      ["ivo", "Ivo Marsh"],
    ],
  );
  const md = "On Monday I went to the Partner Onboarding Summit, then to the Mobile SDK Deep Dive.";
  const found = detect(md, vendor).filter((m) => m.kind === "talk");
  assert.deepEqual(found.map((m) => m.id).sort(), ["a1", "a3"]);
  for (const m of found) assert.equal(md.slice(m.start, m.end), m.text);
  assert.equal(found.find((m) => m.id === "a3")?.text, "Mobile SDK Deep Dive");
  // A first word that opens one title only is part of the title: "Programmes in Open Source" is not it.
  assert.deepEqual(detect("I liked Programmes in Open Source.", vendor).filter((m) => m.kind === "talk"), []);
});

test("a two-word title of a subject and a session kind, written whole, is worth asking about even in lower case", () => {
  const kinds = catalogOf(
    [talk("panel", "Observability Panel", ["ines"], { kind: "panel" }), talk("obs", "Observability for Tiny Teams", ["tarek"]), talk("ws", "Observability in Practice", ["wen"])],
    [
      ["ines", "Ines Vollmer"],
      ["tarek", "Tarek Brandvold"],
      ["wen", "Wen Okonkwo"],
    ],
  );
  const m = detect("The observability panel was lively but ran long.", kinds);
  const hit = find(m, "talk", "panel");
  assert.ok(hit && hit.confidence < CONFIDENT_THRESHOLD, `a suggestion, not a link: ${hit?.confidence}`);
  // The subject alone is not the session.
  assert.equal(find(detect("Observability was everywhere this year.", kinds), "talk", "panel"), undefined);
});
