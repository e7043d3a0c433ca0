/**
 * corroborateWithSpeakers: title words that alone read like prose (lower
 * case, shortened) are the talk when one of its speakers is named beside
 * them: in the same short block (a list item, a heading) or near them in the
 * same sentence. Another speaker, no speaker, or a speaker far away leaves
 * them as they were, and weak title words are then not reported at all. The
 * speaker also settles which of two talks sharing the words is meant.
 * Catalog and writing are invented for these tests.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { WEAK_TITLE } from "../../../lib/core/mentions/match-titles";
import { CONFIDENT_THRESHOLD, SUGGESTION_THRESHOLD, type DetectedMention } from "../../../lib/core/mentions/types";
import { catalogOf, detect, find, talk } from "./helpers";

const catalog = catalogOf(
  [
    talk("sourdough", "Why Sourdough Starters Need Observability Too", ["pia"]),
    talk("kites-a", "Flying Kites over Mesh Networks", ["rafael"]),
    talk("kites-b", "Flying Kites over Mesh Networks", ["lea"], { day: "2023-05-10" }),
    talk("rafael-other", "Hydroponic Chess Engines", ["rafael"]),
    talk("gardens", "Gardens, Robots and Gentle Automation", ["wen"]),
  ],
  [
    ["pia", "Pia Sandoval"],
    ["rafael", "Rafael Quintero"],
    ["lea", "Lea Marchetti"],
    ["zed", "Zed Albescu"],
    ["wen", "Wen Okonkwo"],
  ],
);

const WORDS = "why sourdough starters need observability";
const FILLER = "The venue was a converted tram depot with cold coffee and a very long queue at the door, and everybody talked about the weather. ";

function talkMention(markdown: string, id: string, minConfidence?: number): DetectedMention | undefined {
  const m = find(detect(markdown, catalog, minConfidence === undefined ? undefined : { minConfidence }), "talk", id);
  if (m) assert.equal(markdown.slice(m.start, m.end), m.text);
  return m;
}

test("lower-case title words in a list item, with the talk's speaker named after them, link", () => {
  for (const markdown of [
    `- ${WORDS}, from Pia Sandoval`,
    `- ${WORDS} by Pia Sandoval`,
    `- ${WORDS} (Pia Sandoval)`,
    `- ${WORDS} — Pia Sandoval`,
    `## ${WORDS} — Pia Sandoval`,
    "- sourdough starters need observability too, by Pia Sandoval",
    `${FILLER}Then ${WORDS}, from Pia Sandoval, was the surprise. ${FILLER}`,
  ]) {
    const m = talkMention(markdown, "sourdough");
    assert.ok(m, markdown);
    assert.ok(m.text === WORDS || m.text === "sourdough starters need observability too", `${markdown}: ${m.text}`);
    assert.ok(m.confidence >= CONFIDENT_THRESHOLD, `${markdown}: ${m.confidence}`);
    assert.equal(m.action, "link", markdown);
    assert.match(m.reason, /speaker named beside it/, markdown);
    assert.equal(m.candidates, undefined);
    assert.equal(find(detect(markdown, catalog), "speaker", "pia")?.text, "Pia Sandoval");
  }
});

test("the same words with another speaker, or none, are weak title words and not reported", () => {
  for (const markdown of [
    `- ${WORDS}, from Zed Albescu`, // a speaker with no talk
    `- ${WORDS}, from Rafael Quintero`, // a speaker of other talks
    `- ${WORDS}`,
    `- ${WORDS}, from a baker I met`,
    `- ${WORDS}\n- Pia Sandoval`, // the speaker is in the next item
    `- ${WORDS}, from pia sandoval`, // a name in lower case is not sure enough to confirm anything
  ]) {
    assert.equal(talkMention(markdown, "sourdough"), undefined, markdown);
    // It was found, but as weak title words below the reporting threshold.
    const weak = talkMention(markdown, "sourdough", 0);
    assert.ok(weak && weak.confidence === WEAK_TITLE && weak.confidence < SUGGESTION_THRESHOLD, `${markdown}: ${JSON.stringify(weak)}`);
    assert.doesNotMatch(weak.reason, /speaker/);
  }
  assert.equal(find(detect(`- ${WORDS}, from Zed Albescu`, catalog), "speaker", "zed")?.text, "Zed Albescu");
});

test("in a long paragraph, a speaker far away does not corroborate", () => {
  const cases: { markdown: string; corroborated: boolean }[] = [
    // Another sentence, many words later.
    { markdown: `${FILLER}Then ${WORDS} was the surprise. ${FILLER}Pia Sandoval waved.`, corroborated: false },
    // Another sentence, before.
    { markdown: `Pia Sandoval waved. ${FILLER}${FILLER}Then ${WORDS} was the surprise.`, corroborated: false },
    // The same sentence, but more than a short phrase away.
    { markdown: `${FILLER}Then ${WORDS} was the surprise of a morning that ${"went on and on ".repeat(6)}until Pia Sandoval waved. ${FILLER}`, corroborated: false },
    // The same sentence, close by: it does.
    { markdown: `${FILLER}Then ${WORDS}, given by Pia Sandoval, was the surprise. ${FILLER}`, corroborated: true },
  ];
  for (const { markdown, corroborated } of cases) {
    const m = talkMention(markdown, "sourdough");
    if (corroborated) assert.ok(m && m.action === "link" && m.text === WORDS, markdown);
    else assert.equal(m, undefined, markdown);
    assert.ok(find(detect(markdown, catalog), "speaker", "pia"), `${markdown}: the speaker is still found`);
  }
});

test("two talks sharing the words: the speaker named beside them settles which", () => {
  const alone = talkMention("- Flying Kites over Mesh Networks", "kites-a") ?? talkMention("- Flying Kites over Mesh Networks", "kites-b");
  assert.ok(alone);
  assert.deepEqual([...(alone.candidates ?? [])].sort(), ["kites-a", "kites-b"]);
  assert.equal(alone.action, "suggest");
  for (const [markdown, id, other] of [
    ["- Flying Kites over Mesh Networks by Lea Marchetti", "kites-b", "kites-a"],
    ["- flying kites over mesh networks by Lea Marchetti", "kites-b", "kites-a"],
    ["- “Flying Kites over Mesh Networks” by Rafael Quintero", "kites-a", "kites-b"],
    ["- flying kites over mesh networks, from Rafael Quintero", "kites-a", "kites-b"],
  ] as const) {
    const mentions = detect(markdown, catalog);
    const m = find(mentions, "talk", id);
    assert.ok(m, markdown);
    assert.equal(markdown.slice(m.start, m.end), m.text);
    assert.match(m.text, /^“?flying kites over mesh networks/i);
    assert.equal(m.candidates, undefined, markdown);
    assert.equal(m.action, "link", markdown);
    assert.ok(m.confidence >= CONFIDENT_THRESHOLD, markdown);
    assert.match(m.reason, /speaker named beside it/);
    assert.equal(find(mentions, "talk", other), undefined, markdown);
  }
  // A speaker of neither, or a speaker of each, leaves it ambiguous.
  for (const markdown of ["- Flying Kites over Mesh Networks by Pia Sandoval", "- Flying Kites over Mesh Networks by Lea Marchetti and Rafael Quintero"]) {
    const still = detect(markdown, catalog).filter((m) => m.kind === "talk" && m.id.startsWith("kites"));
    assert.equal(still.length, 1, markdown);
    assert.equal(still[0]?.action, "suggest", markdown);
    assert.deepEqual([...(still[0]?.candidates ?? [])].sort(), ["kites-a", "kites-b"], markdown);
  }
});

test(
  "a whole title named with its speaker keeps its whole span",
  () => {
    const markdown = "- Gardens, Robots and Gentle Automation, by Wen Okonkwo";
    assert.equal(talkMention("- Gardens, Robots and Gentle Automation", "gardens")?.text, "Gardens, Robots and Gentle Automation");
    assert.equal(talkMention(markdown, "gardens")?.text, "Gardens, Robots and Gentle Automation");
  },
);

test(
  "a table row: the speaker in the next cell corroborates the title words",
  () => {
    const markdown = `| Talk | Speaker |\n|---|---|\n| ${WORDS} | Pia Sandoval |\n`;
    assert.equal(talkMention(markdown, "sourdough")?.action, "link");
  },
);
