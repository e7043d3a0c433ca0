/**
 * detectMentions, case by case from the issue: typography, partial titles,
 * talks named by speakers or slot, ambiguity, what must not link, and the
 * output contract. Catalogs are inline; real writeups are in fixtures.test.ts.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { detectMentions } from "../../../lib/core/mentions/detect-mentions";
import { parseMarkdown } from "../../../lib/core/mentions/markdown-scan";
import { buildMentionIndex } from "../../../lib/core/mentions/mention-index";
import { CONFIDENT_THRESHOLD, SUGGESTION_THRESHOLD } from "../../../lib/core/mentions/types";
import { catalogOf, detect, find, ids, talk } from "./helpers";

const catalog = catalogOf(
  [
    talk("obs", "Observability Without Tears – Tracing Legacy Monoliths", ["frank", "eve"], { day: "2023-05-10" }),
    talk("cats", "Cats & Dogs: Scheduling Pets in Distributed Systems", ["monica"], { day: "2023-05-10" }),
    talk("rust", "Rust in Production: Ten Lessons from Embedded Payments", ["carol"]),
    talk("rust-ws", "Hands-on Rust for Embedded Developers", ["carol"], { kind: "workshop", day: "2023-05-10" }),
    talk("d500", "Docker 500: Going Fast while Protecting Data", ["diogo"]),
    talk("checklist", "Docker Enterprise Checklist", ["nicola"]),
    talk("gs1", "Day 1: General Session", ["grace", "henry"], { kind: "keynote", day: "2023-05-09" }),
    talk("gs2", "Day 2: General Session", ["henry2"], { kind: "keynote", day: "2023-05-10" }),
    talk("docker", "Docker", ["dan"]),
    talk("security", "Security", ["eve"]),
    talk("keynote", "Keynote", [], { kind: "keynote", day: "2023-05-08" }),
    talk("lunch", "Lunch", [], { kind: "other" }),
  ],
  [
    ["frank", "Frank Osei"],
    ["eve", "Eve Lindqvist"],
    ["monica", "Mónica Pérez"],
    ["carol", "Carol Jones"],
    ["diogo", "Diogo Monica"],
    ["nicola", "Nicola Kabar"],
    ["grace", "Grace Huang"],
    ["henry", "Henry J. Adeyemi"],
    ["henry2", "Scott Johnston"],
    ["dan", "Dan Okafor"],
    ["alice", "Alice Smith"],
    ["bob", "Bob Smith"],
  ],
);

const OBS = "Observability Without Tears – Tracing Legacy Monoliths";

test("titles quoted in any quote style, or not at all", () => {
  for (const [open, close] of [["„", "“"], ["“", "”"], ['"', '"'], ["'", "'"], ["«", "»"], ["‚", "‘"], ["‘", "’"], ["", ""]]) {
    const md = `Then I went to ${open}${OBS}${close} and loved it.`;
    const m = find(detect(md, catalog), "talk", "obs");
    assert.ok(m, `not found with ${open || "no"} quotes`);
    assert.equal(m.reason, open ? "quoted title" : "title");
    assert.ok(m.confidence >= CONFIDENT_THRESHOLD);
    assert.equal(md.slice(m.start, m.end), m.text);
    assert.ok(m.text.startsWith("Observability") && m.text.endsWith("Monoliths"));
  }
});

test("dashes, colons, spacing, case, trailing punctuation and & versus and", () => {
  for (const written of [
    "Observability Without Tears — Tracing Legacy Monoliths",
    "Observability Without Tears - Tracing Legacy Monoliths",
    "Observability  Without Tears: Tracing  Legacy Monoliths",
    "OBSERVABILITY WITHOUT TEARS – TRACING LEGACY MONOLITHS!",
    "observability without tears, tracing legacy monoliths?",
  ]) {
    assert.deepEqual(ids(detect(`I saw “${written}” yesterday.`, catalog), "talk"), ["obs"], written);
  }
  assert.deepEqual(ids(detect("I saw “Cats and Dogs: Scheduling Pets in Distributed Systems”.", catalog), "talk"), ["cats"]);
});

test("diacritics: Mónica and Monica are the same name", () => {
  assert.deepEqual(ids(detect("A great talk by Monica Perez.", catalog), "speaker"), ["monica"]);
  assert.deepEqual(ids(detect("A great talk by Diogo Mónica.", catalog), "speaker"), ["diogo"]);
});

test("shortened titles", () => {
  const quoted = find(detect("The talk „Rust in Production“ was packed.", catalog), "talk", "rust");
  assert.equal(quoted?.reason, "quoted title prefix");
  const unquoted = find(detect("Rust in Production: Ten Lessons was my favourite.", catalog), "talk", "rust");
  assert.equal(unquoted?.reason, "title prefix");
  // "Docker 500" alone, capitalised: a rare word anchors it, but only as a suggestion.
  const short = find(detect("Later, Docker 500 came up again.", catalog), "talk", "d500");
  assert.ok(short && short.confidence < CONFIDENT_THRESHOLD && short.confidence >= SUGGESTION_THRESHOLD);
});

test("titles quoted slightly wrong: one word changed, dropped or added", () => {
  for (const written of [
    "Rust in Production: Ten Lessons from Embedded Banking",
    "Rust in Production: Lessons from Embedded Payments",
    "Rust in Production: Ten Hard Lessons from Embedded Payments",
  ]) {
    const m = find(detect(`I liked "${written}" a lot.`, catalog), "talk", "rust");
    assert.ok(m, written);
    assert.ok(m.confidence >= CONFIDENT_THRESHOLD, `${written}: ${m.confidence}`);
  }
});

test("a product name sharing words with a title does not link it", () => {
  const md = "The main focus was Docker Enterprise Edition, and Docker EE in general.";
  assert.deepEqual(ids(detect(md, catalog), "talk"), []);
});

test("talks identified by their speakers", () => {
  const md = "Frank Osei and Eve Lindqvist talked about tracing old code.";
  const mentions = detect(md, catalog);
  const t = find(mentions, "talk", "obs");
  assert.equal(t?.reason, "speaker names");
  assert.equal(t?.text, "Frank Osei and Eve Lindqvist");
  // The talk mention contains both speaker mentions.
  assert.deepEqual(ids(mentions, "speaker"), ["eve", "frank"]);
  for (const s of mentions.filter((m) => m.kind === "speaker")) assert.ok(s.start >= t.start && s.end <= t.end);
});

test("a keynote named by its speaker", () => {
  const md = "At 9:00 the keynote was held by the CEO Grace Huang. Later in the keynote, Henry Adeyemi announced a product.";
  const talks = detect(md, catalog).filter((m) => m.kind === "talk");
  assert.deepEqual([...new Set(talks.map((m) => m.id))], ["gs1"]);
  assert.ok(talks.every((m) => m.confidence >= CONFIDENT_THRESHOLD));
});

test("a keynote named by its day or slot; general sessions count as keynotes", () => {
  assert.deepEqual(ids(detect("The second day keynote was about funding.", catalog), "talk"), ["gs2"]);
  assert.deepEqual(ids(detect("The keynote on day 1 was long.", catalog), "talk"), ["gs1"]);
  assert.deepEqual(ids(detect("Wednesday's keynote was better.", catalog), "talk"), ["gs2"]);
  // The opening keynote is the first day with a keynote (here the catalog's generic "Keynote" on Monday).
  assert.deepEqual(ids(detect("The opening keynote set the tone.", catalog), "talk"), ["keynote"]);
  assert.deepEqual(ids(detect("The closing keynote ended early.", catalog), "talk"), ["gs2"]);
});

test("the word keynote alone links nothing", () => {
  assert.deepEqual(ids(detect("I skipped the keynote. Keynotes are long.", catalog), "talk"), []);
});

test("a speaker with two talks is resolved by a title word or the day, else ambiguous with both", () => {
  assert.deepEqual(ids(detect("Carol Jones gave a talk about embedded payments.", catalog), "talk"), ["rust"]);
  assert.deepEqual(ids(detect("On Wednesday I went to a talk by Carol Jones.", catalog), "talk"), ["rust-ws"]);
  const m = find(detect("Carol Jones presented something.", catalog), "talk", "rust") ?? find(detect("Carol Jones presented something.", catalog), "talk", "rust-ws");
  assert.ok(m);
  assert.deepEqual([...(m.candidates ?? [])].sort(), ["rust", "rust-ws"]);
  assert.ok(m.confidence < CONFIDENT_THRESHOLD);
});

test("speakers who share a surname are never mixed up", () => {
  const mentions = detect("Alice Smith spoke first. Bob Smith came later, and Smith laughed.", catalog);
  const speakers = mentions.filter((m) => m.kind === "speaker");
  assert.deepEqual(
    speakers.map((m) => [m.text, m.id]),
    [
      ["Alice Smith", "alice"],
      ["Bob Smith", "bob"],
    ],
  );
});

test("a first name refers back to a speaker named in full just before", () => {
  const mentions = detect("Carol Jones opened. Carol then showed the demo.", catalog);
  assert.equal(mentions.filter((m) => m.kind === "speaker" && m.id === "carol").length, 2);
  assert.deepEqual(ids(detect("Carol showed the demo.", catalog), "speaker"), []);
});

test("generic titles never link at every occurrence of their word", () => {
  const md = "Docker is everywhere. Security matters. After lunch, the keynote. Docker, security, Lunch, Keynote.";
  assert.deepEqual(ids(detect(md, catalog), "talk"), []);
});

test("code spans, code blocks and HTML blocks are not scanned, nor a link whose text is its address", () => {
  const md = [
    `Run \`${OBS}\` now.`,
    "",
    "```",
    OBS,
    "```",
    "",
    `<figure><figcaption>${OBS}</figcaption></figure>`,
    "",
    "See <https://example.org/observability-without-tears> and https://example.org/frank-osei.",
  ].join("\n");
  assert.deepEqual(detect(md, catalog), []);
});

test("a link's text is prose: a title that is the whole text of a link is marked off like a quoted one", () => {
  const md = `Day one:\n\n- [${OBS}](https://video.example/v/123), by [Frank Osei](https://example.org/frank).\n`;
  const mentions = detect(md, catalog);
  const talk = find(mentions, "talk", "obs");
  assert.equal(talk?.text, OBS);
  assert.equal(talk?.action, "link");
  assert.match(talk?.reason ?? "", /quoted title/);
  assert.equal(find(mentions, "speaker", "frank")?.text, "Frank Osei");
  // No match reaches across a link's edge: the words after it are not part of the title.
  const across = detect(`[Observability Without](https://x.example/a) Tears – Tracing Legacy Monoliths.`, catalog);
  assert.ok(!across.some((m) => m.kind === "talk" && m.confidence >= 0.75), JSON.stringify(across));
});

test("links to talk and speaker pages are explicit mentions", () => {
  const md = "Slides: [here](https://hallway.example/conferences/conf/talks/cats) and [Carol](/speakers/carol). Also [x](/conferences/other/talks/cats).";
  const mentions = detect(md, catalog);
  const t = find(mentions, "talk", "cats");
  assert.equal(t?.reason, "explicit link");
  assert.equal(t?.confidence, 1);
  assert.equal(t?.text, "[here](https://hallway.example/conferences/conf/talks/cats)");
  assert.equal(find(mentions, "speaker", "carol")?.reason, "explicit link");
  assert.equal(mentions.filter((m) => m.kind === "talk").length, 1, "another conference's talk page does not count");
});

test("links to a talk's schedule page count as mentions", () => {
  const withUrls = catalogOf(
    [talk("t1", "Some Talk", [], { slug: "some_talk", url: "https://fosdem.org/2025/schedule/event/some_talk/", urls: ["https://fosdem.org/2025/schedule/event/some_talk/"] })],
    [],
  );
  const md = "I went to [this one](https://fosdem.org/2024/schedule/event/some_talk/) and [a blog](https://blog.example/some_talk).";
  const mentions = detect(md, withUrls);
  assert.equal(mentions.length, 1);
  assert.equal(mentions[0]?.reason, "schedule link");
});

test("a link to a section of the writeup refers to the talk its heading names", () => {
  const md = `- [Tracing is hard](#observability-without-tears-tracing-legacy-monoliths-frank-osei)\n\n## ${OBS} - Frank Osei\n\nText.`;
  const talks = detect(md, catalog).filter((m) => m.kind === "talk" && m.id === "obs");
  assert.ok(talks.some((m) => m.reason === "link to section"));
});

test("the output contract: sorted, exact UTF-16 slices, no overlaps within a kind, threshold", () => {
  const md = `😂 Frank Osei and Eve Lindqvist presented “${OBS}”. Then Carol Jones gave a talk about embedded payments. Docker 500 too.`;
  const mentions = detect(md, catalog);
  assert.ok(mentions.length >= 5);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    assert.equal(md.slice(m.start, m.end), m.text);
    assert.ok(m.confidence >= SUGGESTION_THRESHOLD && m.confidence <= 1);
    assert.ok(m.reason.length > 0);
    if (i > 0) assert.ok(mentions[i - 1]!.start <= m.start);
    for (const o of mentions.slice(i + 1)) {
      if (o.kind === m.kind) assert.ok(o.start >= m.end || o.end <= m.start, `${m.text} overlaps ${o.text}`);
    }
  }
  const confident = detect(md, catalog, { minConfidence: CONFIDENT_THRESHOLD });
  assert.ok(confident.length < mentions.length);
  assert.ok(confident.every((m) => m.confidence >= CONFIDENT_THRESHOLD));
});

test("one index serves many writeups, and a parsed tree can be passed in", () => {
  const index = buildMentionIndex(catalog);
  const a = `I saw “${OBS}”.`;
  const b = "Carol Jones gave a talk about embedded payments.";
  assert.deepEqual(ids(detectMentions(a, index), "talk"), ["obs"]);
  assert.deepEqual(ids(detectMentions(b, index), "talk"), ["rust"]);
  assert.deepEqual(detectMentions(a, index, { tree: parseMarkdown(a) }), detectMentions(a, index));
});

test("an empty catalog or an empty writeup finds nothing", () => {
  assert.deepEqual(detectMentions("Anything at all.", buildMentionIndex({ conferences: [], talks: [], speakers: [] })), []);
  assert.deepEqual(detect("", catalog), []);
});

test("a two-word name written surname first is the speaker, a little less surely", () => {
  const m = find(detect("The second part was given by Osei Frank, who tracks old code.", catalog), "speaker", "frank");
  assert.ok(m);
  assert.equal(m.text, "Osei Frank");
  assert.equal(m.reason, "speaker name, surname first");
  assert.ok(m.confidence < 0.95 && m.confidence >= CONFIDENT_THRESHOLD);
  assert.notEqual(find(detect("osei frank", catalog), "speaker", "frank")?.action, "link", "in lower case it is not surely a name");
});
