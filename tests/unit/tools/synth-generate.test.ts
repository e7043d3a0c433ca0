/** tools/synth: the benchmark data is deterministic, sized as asked, and its mention offsets point at the mentioned text. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { generateCatalog, generateWriteups, type SynthSizes } from "@/tools/synth/generate";

const sizes: SynthSizes = { conferences: 4, talks: 60, speakers: 25, writeups: 12 };

test("the same sizes give the same data", () => {
  const a = generateCatalog(sizes);
  const b = generateCatalog(sizes);
  assert.deepEqual([a.conferences, a.talks, a.speakers], [b.conferences, b.talks, b.speakers]);
  assert.deepEqual([...generateWriteups(sizes, a)], [...generateWriteups(sizes, b)]);
  assert.notDeepEqual(generateCatalog(sizes, 1).talks, a.talks, "another seed, other data");
});

test("sizes are honoured, slugs are unique, talks have one to three known speakers", () => {
  const catalog = generateCatalog(sizes);
  assert.equal(catalog.conferences.length, 4);
  assert.equal(catalog.talks.length, 60);
  assert.equal(catalog.speakers.length, 25);
  assert.equal(new Set(catalog.conferences.map((c) => c.slug)).size, 4);
  assert.equal(new Set(catalog.talks.map((t) => t.slug)).size, 60);
  for (const t of catalog.talks) {
    assert.ok(t.speakers.length >= 1 && t.speakers.length <= 3, t.slug);
    for (const s of t.speakers) assert.ok(s >= 0 && s < 25);
  }
});

test("each writeup's mentions are at the offsets of the text they name, at its own conference", () => {
  const catalog = generateCatalog(sizes);
  const writeups = [...generateWriteups(sizes, catalog)];
  assert.equal(writeups.length, 12);
  for (const w of writeups) {
    assert.ok(w.mentions.length > 0, w.slug);
    for (const m of w.mentions) {
      assert.equal(w.body.slice(m.start, m.end), m.text, `${w.slug} ${m.kind} ${m.ref}`);
      if (m.kind === "talk") assert.equal(catalog.talks[m.ref]?.conference, w.conference);
    }
  }
});
