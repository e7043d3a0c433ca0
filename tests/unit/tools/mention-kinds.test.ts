/**
 * tools/eval-mentions/mention-kinds: which of the eight kinds a
 * labelled mention is (so the eval prints recall per kind), whether a span
 * lies in a markdown link, a report's language, and a talk's most
 * title-like kind. Reports, talks and speakers are invented for these tests.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { MENTION_KINDS, guessLanguage, insideLink, isTitleBased, kindOfMention, strongestKind, type KindInput, type MentionKindNo } from "@/tools/eval-mentions/mention-kinds";

/** The span of `words` (its first occurrence at or after `from`) in `text`. */
function span(text: string, words: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, `${words} not in ${text}`);
  return { start, end: start + words.length };
}

test("the eight kinds, and which are title-based", () => {
  assert.deepEqual(Object.keys(MENTION_KINDS).map(Number), [1, 2, 3, 4, 5, 6, 7, 8]);
  for (const k of [1, 2, 3, 4, 5, 6, 7] as const) assert.equal(isTitleBased(k), true, String(k));
  assert.equal(isTitleBased(8), false);
});

test("insideLink: the text or the target of a markdown link on the span's line, or a URL", () => {
  const text = [
    "Morning notes.",
    "- [Knitting Routers by Hand](https://videos.example/watch?v=k1) was first.",
    "- Then [slides](https://slides.example/knitting-routers.pdf \"Slides\") and plain words after.",
    "- Knitting Routers by Hand again, unlinked.",
    "See https://videos.example/watch?v=k2 too.",
  ].join("\n");
  const cases: [words: string, from: number, expected: boolean][] = [
    ["Knitting Routers by Hand", 0, true], // the whole link text
    ["Routers", 0, true], // a word of it
    ["videos.example/watch?v=k1", 0, true], // its target
    ["[Knitting Routers by Hand](https://videos.example/watch?v=k1)", 0, true], // the whole link
    ["Knitting Routers by Hand](https://videos.example/watch?v=k1) was", 0, false], // reaching past its end
    ["- [Knitting", 0, false], // reaching before its start
    ["slides", text.indexOf("- Then"), true], // a link with a title
    ["knitting-routers.pdf", 0, true],
    ["plain words after", 0, false],
    ["Knitting Routers by Hand", text.indexOf("again") - 30, false], // the unlinked line
    ["Morning notes", 0, false],
    ["https://videos.example/watch?v=k2", 0, true], // a bare URL
    ["videos.example/watch?v=k2", 0, false], // part of a bare URL, without its scheme
  ];
  for (const [words, from, expected] of cases) {
    const { start, end } = span(text, words, from);
    assert.equal(insideLink(text, start, end), expected, `${words} @${start}`);
  }
});

test(
  "insideLink: the text of a reference link is link text too",
  () => {
    const text = "- [Knitting Routers by Hand][k1] and [Quiet Kernels][]\n\n[k1]: https://videos.example/k1\n[quiet kernels]: https://videos.example/qk\n";
    for (const words of ["Knitting Routers by Hand", "Quiet Kernels"]) {
      const { start, end } = span(text, words);
      assert.equal(insideLink(text, start, end), true, words);
    }
  },
);

test("guessLanguage: the commonest function words win; English when there are none", () => {
  const cases: [text: string, lang: string][] = [
    ["The talk was about the history of knitting machines and it is with us still.", "en"],
    ["La conférence est une belle surprise pour les amateurs et des curieux.", "fr"],
    ["Der Vortrag ist nicht lang und die Folien sind mit das Beste, ein Genuss.", "de"],
    ["Het praatje van een collega was niet slecht, dat zijn de feiten.", "nl"],
    ["El ponente habló de los robots y las redes que una empresa usa por costumbre.", "es"],
    ["Kubernetes! Docker? Rust.", "en"],
    ["", "en"],
    // Mixed: a French report quoting one English title.
    ["J'ai vu « The Art of Knitting » et la suite est une surprise pour les fans et des amis.", "fr"],
    ["THE KEYNOTE WAS THE BEST OF THE DAY", "en"],
  ];
  for (const [text, lang] of cases) assert.equal(guessLanguage(text), lang, text);
});

const REPORT = [
  "# Day two at Cobblestone Summit",
  "",
  "- [Knitting Routers by Hand](https://videos.example/watch?v=k1)",
  "- I caught “Quiet Kernels: Scheduling for Sleepy Laptops” before lunch.",
  "- Later, Ottoline Farquharson showed her sleepy laptops.",
  "- The opening keynote was long.",
  "- Something about scheduling for sleepy laptops came up again.",
  "- The knitting one, basically.",
].join("\n");

function input(words: string, extra: Partial<KindInput> = {}): KindInput {
  const { start, end } = span(REPORT, words);
  return {
    text: REPORT,
    start,
    end,
    label: "",
    title: "Quiet Kernels: Scheduling for Sleepy Laptops",
    talkKind: "talk",
    speakerNames: ["Ottoline Farquharson"],
    language: "en",
    ...extra,
  };
}

test("kindOfMention: each label and each shape of writing gets its kind", () => {
  const cases: [name: string, m: KindInput, kind: MentionKindNo][] = [
    ["topic only, even inside a link", input("Knitting Routers by Hand", { label: "topic-only" }), 8],
    ["a quote from the talk", input("Quiet Kernels", { label: "quote_from_talk" }), 8],
    ["words inside a link", input("Knitting Routers by Hand", { label: "quoted-title", title: "Knitting Routers by Hand" }), 1],
    ["the link's own label, outside a link", input("The knitting one", { label: "url_slug" }), 1],
    ["a paraphrase used as link text", input("The knitting one", { label: "paraphrase_link" }), 1],
    ["a speaker label", input("Ottoline Farquharson", { label: "speaker-attributed" }), 4],
    ["a speaker label wins over the language", input("Ottoline Farquharson", { label: "speaker_only", language: "de" }), 4],
    ["another language", input("Quiet Kernels: Scheduling for Sleepy Laptops", { label: "quoted-title", language: "fr" }), 7],
    ["a keynote named by its slot", input("opening keynote", { talkKind: "keynote", title: "Opening Keynote" }), 5],
    ["a general session named by its slot", input("opening keynote", { title: "Day 2: General Session" }), 5],
    ["a keynote quoted by its title is a title", input("Quiet Kernels: Scheduling for Sleepy Laptops", { label: "quoted-title", talkKind: "keynote" }), 2],
    ["the speaker's surname among the words", input("Later, Ottoline Farquharson showed"), 4],
    ["a quoted title with the speaker's name in it is still a title", input("Quiet Kernels: Scheduling for Sleepy Laptops", { label: "quoted-title", speakerNames: ["Ada Kernels"] }), 2],
    ["a quoted title", input("Quiet Kernels: Scheduling for Sleepy Laptops", { label: "quoted-title" }), 2],
    ["label title_exact", input("Quiet Kernels: Scheduling for Sleepy Laptops", { label: "title_exact" }), 2],
    ["label title_variant", input("Quiet Kernels: Scheduling for Sleepy Laptops", { label: "title_variant" }), 2],
    ["label title_partial", input("Quiet Kernels", { label: "title_partial" }), 3],
    ["label paraphrase", input("The knitting one", { label: "paraphrase" }), 3],
    ["label subtitle_match", input("Quiet Kernels", { label: "subtitle_match" }), 6],
    ["unlabelled words of the subtitle", input("scheduling for sleepy laptops"), 6],
    ["unlabelled words of the main title", input("Quiet Kernels"), 3],
    ["unlabelled words that are not the title", input("The knitting one"), 3],
    ["a surname of two letters is no evidence", input("came up again", { speakerNames: ["Ana Up"] }), 3],
    ["a surname of three letters is", input("came up again", { speakerNames: ["Ana Again"] }), 4],
  ];
  for (const [name, m, kind] of cases) assert.equal(kindOfMention(m), kind, name);
});

test("strongestKind: the most title-like kind, topic-only only when nothing else", () => {
  const cases: [kinds: MentionKindNo[], strongest: MentionKindNo][] = [
    [[], 8],
    [[8], 8],
    [[8, 8], 8],
    [[3], 3],
    [[3, 8], 3],
    [[8, 3], 3],
    [[4, 2, 6], 2],
    [[8, 1, 5], 1],
    [[7, 5], 5],
    [[6, 6, 8], 6],
  ];
  for (const [kinds, strongest] of cases) assert.equal(strongestKind(kinds), strongest, JSON.stringify(kinds));
});
