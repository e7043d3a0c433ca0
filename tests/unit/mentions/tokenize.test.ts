import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenNorms, tokenize } from "../../../lib/core/mentions/tokenize";

test("normal forms ignore case, diacritics, apostrophes and possessives", () => {
  assert.deepEqual(tokenNorms("Mónica MONICA monica"), ["monica", "monica", "monica"]);
  assert.deepEqual(tokenNorms("What’s What's Owen's"), ["what", "what", "owen"]);
  assert.deepEqual(tokenNorms("Ruiz-Múzquiz Søren Łukasz straße"), ["ruiz", "muzquiz", "soren", "lukasz", "strasse"]);
});

test("& and &amp; are the word 'and'; other entities are not words", () => {
  assert.deepEqual(tokenNorms("Security & DDOS &amp; more &nbsp;x"), ["security", "and", "ddos", "and", "more", "x"]);
});

test("quotes, dashes and spacing do not change the tokens", () => {
  const a = tokenNorms("„Cilium – Kernel Native Security & DDOS“");
  const b = tokenNorms('"cilium-kernel native   security and ddos"');
  assert.deepEqual(a, b);
});

test("offsets are UTF-16 indices into the input, plus base", () => {
  const text = "😂 Docker 500!";
  const tokens = tokenize(text, 10);
  assert.deepEqual(tokens.map((t) => text.slice(t.start - 10, t.end - 10)), ["Docker", "500"]);
});

test("capitals and acronyms are flagged", () => {
  const [pwd, docker, lower] = tokenize("PWD Docker docker");
  assert.equal(pwd?.upper, true);
  assert.equal(docker?.cap, true);
  assert.equal(docker?.upper, false);
  assert.equal(lower?.cap, false);
});
