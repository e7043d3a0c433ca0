import { test } from "node:test";
import assert from "node:assert/strict";
import { foldDiacritics, normalizeName } from "@/lib/core/text/normalize";
import { slugify, uniqueSlug } from "@/lib/core/text/slugify";

test("diacritics fold, including letters that do not decompose", () => {
  assert.equal(foldDiacritics("Diogo Mónica"), "Diogo Monica");
  assert.equal(foldDiacritics("Søren Łukasz Straße"), "Soren Lukasz Strasse");
  assert.equal(foldDiacritics("Société Générale"), "Societe Generale");
});

test("normalized names ignore case, punctuation, apostrophes and '&'", () => {
  assert.equal(normalizeName("Diogo  MÓNICA!"), "diogo monica");
  assert.equal(normalizeName("Tips & Tricks"), "tips and tricks");
  assert.equal(normalizeName("What's New In Docker?"), "whats new in docker");
  assert.equal(normalizeName("Cilium – Kernel Native Security"), "cilium kernel native security");
});

test("slugs are ASCII words joined by dashes, cut at a word boundary", () => {
  assert.equal(slugify("Docker 500: Going Fast while Protecting Data"), "docker-500-going-fast-while-protecting-data");
  assert.equal(slugify("Diogo Mónica"), "diogo-monica");
  assert.equal(slugify("Integrating Docker EE into Société Générale's Existing Enterprise IT Systems", 40), "integrating-docker-ee-into-societe");
  assert.equal(slugify("!!!"), "untitled");
});

test("uniqueSlug counts up until the slug is free", () => {
  const taken = new Set(["keynote", "keynote-2"]);
  assert.equal(uniqueSlug("keynote", (s) => taken.has(s)), "keynote-3");
  assert.equal(uniqueSlug("lunch", (s) => taken.has(s)), "lunch");
});
