/**
 * A writer's number and a one-letter slip never break a match, but count
 * against it: vocabularyKey folds plurals onto the singular the same way for
 * catalog words and prose words; nearWord finds the one catalog word a typo
 * stands for (a letter missing, added, changed, or two swapped), never for
 * short words or words with digits, and not when two words are as near.
 * Catalog and writing are invented for these tests.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { buildMentionIndex, nearWord } from "../../../lib/core/mentions/mention-index";
import { MIN_TYPO_LENGTH, deletions, vocabularyKey } from "../../../lib/core/mentions/tokenize";
import { CONFIDENT_THRESHOLD, SUGGESTION_THRESHOLD } from "../../../lib/core/mentions/types";
import { catalogOf, detect, find, talk } from "./helpers";

// ------------------------------------------------------------------ vocabularyKey

test("vocabularyKey folds plurals onto the singular", () => {
  for (const [word, key] of [
    ["containers", "container"],
    ["libraries", "library"],
    ["policies", "policy"],
    ["sensors", "sensor"],
    ["pipelines", "pipeline"],
    ["telescopes", "telescope"],
    ["days", "day"],
    ["keys", "key"],
    ["toys", "toy"],
  ]) {
    assert.equal(vocabularyKey(word!), key, word);
  }
});

test("vocabularyKey leaves alone what is not a plural, short words and words with digits", () => {
  for (const word of [
    "class",
    "glass",
    "status",
    "campus",
    "analysis",
    "axis",
    "kudos",
    "chaos",
    "container",
    "library",
    "css",
    "has",
    "was",
    "its",
    "k8s",
    "v12s",
    "3ds",
    "s",
  ]) {
    assert.equal(vocabularyKey(word), word, word);
  }
});

test("singular and plural meet on one key; a word the rules fold oddly still meets itself", () => {
  for (const [one, many] of [
    ["container", "containers"],
    ["library", "libraries"],
    ["policy", "policies"],
    ["gardener", "gardeners"],
    ["lantern", "lanterns"],
  ]) {
    assert.equal(vocabularyKey(many!), vocabularyKey(one!), `${one} / ${many}`);
  }
  // "Kubernetes", "news", "status" and "class" are not plurals; folded or not, the catalog's word and
  // the writer's fold alike, so the title still matches itself exactly (no typo, no variant).
  const catalog = catalogOf([talk("k", "Kubernetes News and Class Status for Gardeners", ["a"])], [["a", "Ada Quist"]]);
  const index = buildMentionIndex(catalog);
  for (const word of ["kubernetes", "news", "class", "status", "gardeners"]) assert.ok(index.vocabulary.has(vocabularyKey(word)), word);
  const m = find(detect("I liked “Kubernetes News and Class Status for Gardeners” a lot.", catalog), "talk", "k");
  assert.equal(m?.reason, "quoted title");
  assert.equal(m?.confidence, 0.98);
  // The singular of the one real plural there matches too.
  assert.equal(find(detect("I liked “Kubernetes News and Class Status for Gardener” a lot.", catalog), "talk", "k")?.reason, "quoted title");
});

test(
  "plurals in -es and of words in -ie meet their singular too",
  () => {
    for (const [one, many] of [
      ["cookie", "cookies"],
      ["movie", "movies"],
      ["box", "boxes"],
      ["patch", "patches"],
      ["class", "classes"],
      // Not "apis": a final "-is" is kept ("analysis", "this"), so acronym plurals stay apart.
    ]) {
      assert.equal(vocabularyKey(many!), vocabularyKey(one!), `${one} / ${many}`);
    }
  },
);

// ------------------------------------------------------------------ deletions

test("deletions: every string one character shorter, each once", () => {
  assert.deepEqual(deletions("abc"), ["bc", "ac", "ab"]);
  assert.deepEqual(deletions("aab"), ["ab", "aa"]);
  assert.deepEqual(deletions("lamp").sort(), ["amp", "lam", "lap", "lmp"]);
  assert.deepEqual(deletions("x"), [""]);
  assert.deepEqual(deletions(""), []);
  for (const d of deletions("telescope")) assert.equal(d.length, "telescope".length - 1);
});

// ------------------------------------------------------------------ nearWord

const vocabCatalog = catalogOf(
  [
    talk("t1", "Calibrating Telescopes for Sourdough Gardeners", ["a"]),
    talk("t2", "Marker Pens at the Market", ["a"]),
    talk("t3", "Python3 Lamps and Rust", ["a"]),
  ],
  [["a", "Ada Quist"]],
);
const vocabIndex = buildMentionIndex(vocabCatalog);
const idOf = (word: string): number => {
  const id = vocabIndex.vocabulary.get(vocabularyKey(word));
  assert.ok(id !== undefined, `${word} not in the vocabulary`);
  return id;
};
const near = (written: string): number => nearWord(vocabIndex, vocabularyKey(written));

test("nearWord finds the one word a typo stands for: a letter missing, added, changed or two swapped", () => {
  for (const [written, meant] of [
    ["telscope", "telescope"], // missing
    ["calibratng", "calibrating"],
    ["telesscope", "telescope"], // added
    ["sourdoughh", "sourdough"],
    ["telascope", "telescope"], // changed
    ["gardenar", "gardener"],
    ["telesocpe", "telescope"], // swapped
    ["sourduogh", "sourdough"],
    ["gardenres", "gardener"], // swapped, and folded as a plural first
  ]) {
    assert.equal(near(written!), idOf(meant!), `${written} → ${meant}`);
  }
});

test("nearWord gives -1 when nothing is one edit away, or when two words are", () => {
  for (const written of [
    "telephone", // far from every word
    "calibrtng", // two letters missing
    "gardenerzz", // two letters added
    "markex", // one letter changed from marker and from market
    "marke", // one letter missing from marker and from market
  ]) {
    assert.equal(near(written), -1, written);
  }
  // Near only one of the two, it is that one.
  assert.notEqual(idOf("marker"), idOf("market"));
  assert.equal(near("markeet"), idOf("market"));
  assert.equal(near("markerr"), idOf("marker"));
});

test("short words and words with digits are never corrected", () => {
  assert.equal(MIN_TYPO_LENGTH, 5);
  for (const written of ["lmps", "lamb", "rsut", "pyth0n3", "pythn3", "python4", "telesc0pe", "7elescope"]) {
    assert.equal(near(written), -1, written);
  }
});

test(
  "a short catalog word is not the correction of a longer written word",
  () => {
    assert.equal(near("trust"), -1);
    assert.equal(near("rusty"), -1);
  },
);

// ------------------------------------------------------------------ detection

const catalog = catalogOf(
  [
    talk("scope", "Calibrating Telescopes with Open Hardware", ["ines"]),
    talk("lib", "Maintaining Libraries Nobody Reads", ["tarek"]),
    talk("ship", "Shipping Containers to Satellites", ["wen"]),
    talk("dough", "Sourdough Fermentation Pipelines", ["olu"]),
  ],
  [
    ["ines", "Ines Vollmer"],
    ["tarek", "Tarek Brandvold"],
    ["wen", "Wen Okonkwo"],
    ["olu", "Oluwaseun Hartikainen"],
  ],
);

test("a title with one typo in a long word is found, spelled differently and a little less surely", () => {
  const exactQuoted = find(detect("I loved “Calibrating Telescopes with Open Hardware” yesterday.", catalog), "talk", "scope")!;
  const exactPlain = find(detect("I loved Calibrating Telescopes with Open Hardware yesterday.", catalog), "talk", "scope")!;
  assert.equal(exactQuoted.reason, "quoted title");
  assert.equal(exactPlain.reason, "title");
  for (const written of [
    "Calibratng Telescopes with Open Hardware",
    "Calibrating Telesscopes with Open Hardware",
    "Calibrating Telescopes with Open Hardwear",
    "Calibrating Telesocpes with Open Hardware",
  ]) {
    for (const [md, exact] of [
      [`I loved “${written}” yesterday.`, exactQuoted],
      [`I loved ${written} yesterday.`, exactPlain],
    ] as const) {
      const m = find(detect(md, catalog), "talk", "scope");
      assert.ok(m, md);
      assert.equal(m.text, written, md);
      assert.equal(md.slice(m.start, m.end), m.text);
      assert.match(m.reason, /spelled differently/, md);
      assert.equal(m.reason, `${exact.reason}, spelled differently`, md);
      assert.ok(m.confidence < exact.confidence, `${md}: ${m.confidence} vs ${exact.confidence}`);
      assert.ok(m.confidence >= SUGGESTION_THRESHOLD, md);
      assert.ok(m.action === "link" || m.action === "suggest");
    }
  }
});

test("two typos in a three-word title are too many", () => {
  const exact = find(detect("I loved “Sourdough Fermentation Pipelines” yesterday.", catalog), "talk", "dough");
  assert.equal(exact?.reason, "quoted title");
  const one = find(detect("I loved “Sourdough Fermentaton Pipelines” yesterday.", catalog), "talk", "dough");
  assert.equal(one?.reason, "quoted title, spelled differently");
  for (const written of ["Sourdogh Fermentaton Pipelines", "Sourdough Fermentaton Pipeliens", "Suordough Fermentation Pipeines"]) {
    const md = `I loved “${written}” yesterday.`;
    assert.equal(find(detect(md, catalog, { minConfidence: 0 }), "talk", "dough"), undefined, written);
  }
});

test("a speaker name with one typo is the speaker, a little less surely", () => {
  const exact = find(detect("A talk by Oluwaseun Hartikainen.", catalog), "speaker", "olu")!;
  assert.equal(exact.reason, "speaker name");
  for (const [written, id] of [
    ["Oluwasen Hartikainen", "olu"],
    ["Oluwaseun Hartikainnen", "olu"],
    ["Tarek Brandvolt", "tarek"],
    ["Wen Okonkow", "wen"],
    ["Ines Volmer", "ines"],
  ] as const) {
    const md = `A talk by ${written}.`;
    const m = find(detect(md, catalog), "speaker", id);
    assert.ok(m, written);
    assert.equal(m.text, written);
    assert.equal(md.slice(m.start, m.end), written);
    assert.equal(m.reason, "speaker name, spelled differently", written);
    assert.ok(m.confidence < exact.confidence && m.confidence >= CONFIDENT_THRESHOLD, `${written}: ${m.confidence}`);
  }
  // A short name part is never corrected: "Wan" is not "Wen".
  assert.equal(find(detect("A talk by Wan Okonkwo.", catalog), "speaker", "wen"), undefined);
  // Every word of a name misspelled is only a suggestion, never linked.
  const two = find(detect("A talk by Tarik Brandvolt.", catalog), "speaker", "tarek");
  assert.ok(!two || (two.action === "suggest" && two.confidence < CONFIDENT_THRESHOLD), JSON.stringify(two));
});

test("plural or singular title words match like the title itself", () => {
  for (const [written, id] of [
    ["Calibrating Telescope with Open Hardware", "scope"],
    ["Maintaining Library Nobody Reads", "lib"],
    ["Shipping Container to Satellites", "ship"],
    ["Shipping Containers to Satellite", "ship"],
    ["Sourdough Fermentations Pipeline", "dough"],
  ] as const) {
    const md = `I loved “${written}” yesterday.`;
    const m = find(detect(md, catalog), "talk", id);
    assert.ok(m, written);
    assert.equal(m.text, written);
    assert.equal(m.reason, "quoted title", written);
    assert.equal(m.confidence, 0.98, written);
    assert.equal(m.action, "link");
  }
});

test(
  "a plural in -ies of a word in -ie matches its title like the title itself",
  () => {
    const cookies = catalogOf([talk("c", "Securing Session Cookies at the Edge", ["a"])], [["a", "Ada Quist"]]);
    const m = find(detect("I loved “Securing Session Cookie at the Edge” yesterday.", cookies), "talk", "c");
    assert.equal(m?.reason, "quoted title");
    assert.equal(m?.confidence, 0.98);
  },
);
