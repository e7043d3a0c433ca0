import { test } from "node:test";
import assert from "node:assert/strict";
import { ftsMatch, highlight, pgTsQuery, searchTerms } from "@/lib/core/search/query";

test("terms fold diacritics and case, drop syntax, and stay few", () => {
  assert.deepEqual(searchTerms("Mónica  DOCKER"), ["monica", "docker"]);
  assert.deepEqual(searchTerms('"a" OR b* -c NEAR(d) :e'), ["a", "or", "b", "c", "near", "d", "e"]);
  assert.deepEqual(searchTerms("!!!"), []);
  assert.equal(searchTerms("a b c d e f g h i j k").length, 8);
});

test("engine expressions need every term, the last one as a prefix", () => {
  assert.equal(ftsMatch(["diogo", "mon"]), '"diogo" AND "mon"*');
  assert.equal(pgTsQuery(["diogo", "mon"]), "diogo & mon:*");
});

test("highlighting marks folded matches in the original text", () => {
  const h = highlight("Talk by Diogo Mónica about monitoring.", ["monica"]);
  assert.deepEqual(h.parts.filter((p) => p.mark).map((p) => p.text), ["Mónica"]);
  const prefix = highlight("Talk by Diogo Mónica about monitoring.", ["diogo", "mon"]);
  assert.deepEqual(prefix.parts.filter((p) => p.mark).map((p) => p.text), ["Diogo", "Mónica", "monitoring"]);
  assert.equal(prefix.parts.map((p) => p.text).join(""), "Talk by Diogo Mónica about monitoring.");
});

test("long text is windowed around the first match", () => {
  const text = `${"lorem ipsum ".repeat(50)}the keynote ${"dolor sit ".repeat(50)}`;
  const h = highlight(text, ["keynote"], 100);
  const joined = h.parts.map((p) => p.text).join("");
  assert.ok(joined.startsWith("…") && joined.endsWith("…"));
  assert.ok(joined.length < 110);
  assert.ok(h.parts.some((p) => p.mark && p.text === "keynote"));
});
