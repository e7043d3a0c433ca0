/**
 * The text of a markdown link is prose: list-style reports name each talk as
 * the text of a link to its video or slides. A title that is a link's whole
 * text counts as quoted; no match reaches across a link's edge; a link whose
 * text is an address is not words; an explicit link to a Hallway page wins
 * over whatever its text says; and rendering never puts a mention link inside
 * the author's link. Catalog and writing are invented for these tests.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderMarkdown } from "../../../lib/core/markdown/render-markdown";
import type { MentionLink } from "../../../lib/core/markdown/remark-mention-links";
import { scanMarkdown } from "../../../lib/core/mentions/markdown-scan";
import { CONFIDENT_THRESHOLD, type DetectedMention } from "../../../lib/core/mentions/types";
import { catalogOf, detect, find, ids, talk } from "./helpers";

const QUILL = "Teaching Compilers to Write Poetry with Quill";
const MOTHS = "Moths, Lanterns and Distributed Consensus";
const GREENHOUSE = "Orchestrating Greenhouses with Tiny Sensors";

const catalog = catalogOf(
  [talk("quill", QUILL, ["ines"]), talk("moths", MOTHS, ["tarek"]), talk("greenhouse", GREENHOUSE, ["wen"])],
  [
    ["ines", "Ines Vollmer"],
    ["tarek", "Tarek Brandvold"],
    ["wen", "Wen Okonkwo"],
  ],
);

/** Every mention is its source slice and lies wholly inside or wholly outside each link of the source. */
function assertNoneStraddles(markdown: string, mentions: DetectedMention[]): void {
  const links = scanMarkdown(markdown).links;
  for (const m of mentions) {
    assert.equal(markdown.slice(m.start, m.end), m.text);
    for (const l of links) {
      const inside = m.start >= l.start && m.end <= l.end;
      const outside = m.end <= l.start || m.start >= l.end;
      const around = m.start <= l.start && m.end >= l.end && m.reason === "explicit link";
      assert.ok(inside || outside || around, `${m.kind} ${m.id} "${m.text}" straddles the link ${l.text}`);
    }
  }
}

test("a title that is a link's whole text is a quoted title, however the link is written", () => {
  const cases: { name: string; markdown: string; id: string; title: string }[] = [
    { name: "inline link in a list", markdown: `Day one:\n\n- [${QUILL}](https://videos.example/watch?v=q1)\n`, id: "quill", title: QUILL },
    { name: "inline link in a sentence", markdown: `After lunch I went to [${MOTHS}](https://videos.example/watch?v=m2) and took notes.`, id: "moths", title: MOTHS },
    { name: "full reference link", markdown: `- [${GREENHOUSE}][gh]\n\n[gh]: https://videos.example/watch?v=g3\n`, id: "greenhouse", title: GREENHOUSE },
    { name: "collapsed reference link", markdown: `- [${QUILL}][]\n\n[${QUILL.toLowerCase()}]: https://slides.example/quill.pdf\n`, id: "quill", title: QUILL },
    { name: "shortcut reference link", markdown: `- [${MOTHS}]\n\n[${MOTHS}]: https://slides.example/moths.pdf\n`, id: "moths", title: MOTHS },
    {
      name: "emphasis inside the link text",
      markdown: "- [Teaching *Compilers* to Write **Poetry** with Quill](https://videos.example/watch?v=q1)\n",
      id: "quill",
      title: "Teaching *Compilers* to Write **Poetry** with Quill",
    },
    { name: "emphasis around the whole link text", markdown: `- [_${GREENHOUSE}_](https://videos.example/watch?v=g3)\n`, id: "greenhouse", title: GREENHOUSE },
    { name: "link inside emphasis", markdown: `**[${QUILL}](https://videos.example/watch?v=q1)** was the best.`, id: "quill", title: QUILL },
  ];
  for (const c of cases) {
    const mentions = detect(c.markdown, catalog);
    const m = find(mentions, "talk", c.id);
    assert.ok(m, `${c.name}: ${JSON.stringify(mentions)}`);
    assert.equal(m.text, c.title, c.name);
    assert.equal(c.markdown.slice(m.start, m.end), m.text, c.name);
    assert.equal(m.action, "link", c.name);
    assert.match(m.reason, /^quoted title/, c.name);
    assert.ok(m.confidence >= 0.95, `${c.name}: ${m.confidence}`);
    assert.deepEqual(ids(mentions, "talk"), [c.id], `${c.name}: only the one talk`);
    const [link] = scanMarkdown(c.markdown).links;
    assert.ok(link && m.start >= link.start && m.end <= link.end, `${c.name}: the mention is inside the link`);
  }
});

test("a title linked to its video links as a quoted title, and its speaker beside it too", () => {
  const md = `- [${GREENHOUSE}](https://www.videos.example/watch?v=8xQ2), by [Wen Okonkwo](https://wen.example/about)\n- [${QUILL}](https://videos.example/embed/77) (Ines Vollmer)\n`;
  const mentions = detect(md, catalog);
  const talks = mentions.filter((m) => m.kind === "talk");
  assert.deepEqual(
    talks.map((m) => [m.id, m.text, m.action]),
    [
      ["greenhouse", GREENHOUSE, "link"],
      ["quill", QUILL, "link"],
    ],
  );
  for (const m of talks) assert.match(m.reason, /quoted title/);
  assert.deepEqual(
    mentions.filter((m) => m.kind === "speaker").map((m) => [m.id, m.text]),
    [
      ["wen", "Wen Okonkwo"],
      ["ines", "Ines Vollmer"],
    ],
  );
  assertNoneStraddles(md, mentions);
});

test("a fragment of a title as link text is a quoted prefix, surer the more of the title it has", () => {
  const whole = find(detect(`- [${QUILL}](https://videos.example/watch?v=q1)`, catalog), "talk", "quill");
  const md = "- [Teaching Compilers to Write Poetry](https://videos.example/watch?v=q1)";
  const part = find(detect(md, catalog), "talk", "quill");
  assert.ok(whole && part);
  assert.equal(part.text, "Teaching Compilers to Write Poetry");
  assert.equal(md.slice(part.start, part.end), part.text);
  assert.equal(part.reason, "quoted title prefix");
  assert.ok(part.confidence >= CONFIDENT_THRESHOLD && part.confidence < whole.confidence, `${part.confidence} vs ${whole.confidence}`);
  // Two words of a seven-word title, even marked off by a link, are not the talk.
  assert.deepEqual(detect("- [Teaching Compilers](https://videos.example/watch?v=q1)", catalog), []);
  // The title with a word or two of the writer's own inside the link text is still the title.
  const extra = find(detect(`- [${QUILL} (recording)](https://videos.example/watch?v=q1)`, catalog), "talk", "quill");
  assert.ok(extra && extra.action === "link" && extra.text.startsWith(QUILL), JSON.stringify(extra));
});

test("no match reaches across a link's edge", () => {
  const cases: { markdown: string; noLink: boolean }[] = [
    // Title words split by the link's closing bracket: the words outside never join the words inside.
    { markdown: "[Teaching Compilers to Write](https://x.example/a) Poetry with Quill was great.", noLink: false },
    { markdown: "[Moths, Lanterns](https://videos.example/m) and Distributed Consensus was great.", noLink: true },
    { markdown: "Moths, Lanterns and [Distributed Consensus](https://videos.example/m) was great.", noLink: true },
    { markdown: "I saw Orchestrating Greenhouses [with Tiny Sensors](https://videos.example/g) today.", noLink: true },
    { markdown: `Read [my notes](https://blog.example/n)${QUILL.slice("Teaching".length)} later.`, noLink: true },
  ];
  for (const { markdown, noLink } of cases) {
    const mentions = detect(markdown, catalog);
    assertNoneStraddles(markdown, mentions);
    const talks = mentions.filter((m) => m.kind === "talk");
    if (noLink) assert.ok(talks.every((m) => m.action === "suggest"), `${markdown}: ${JSON.stringify(talks)}`);
  }
  // The first case: only the words inside the link, as a quoted prefix ending at the link's last word.
  const md = cases[0]!.markdown;
  const m = find(detect(md, catalog), "talk", "quill");
  assert.equal(m?.text, "Teaching Compilers to Write");
  assert.equal(m?.end, md.indexOf("]"));
  // A title written in full just outside a link is still found in the prose.
  const after = "Slides: [here](https://slides.example/g). Orchestrating Greenhouses with Tiny Sensors was fun.";
  const outside = find(detect(after, catalog), "talk", "greenhouse");
  assert.equal(outside?.text, GREENHOUSE);
  assert.equal(outside?.start, after.indexOf("Orchestrating"));
});

test("addresses as link text are not words: autolinks, bare URLs, URL-like and e-mail link texts", () => {
  for (const markdown of [
    "See <https://videos.example/Teaching-Compilers-to-Write-Poetry-with-Quill> for the video.",
    "See https://videos.example/Moths-Lanterns-and-Distributed-Consensus for the video.",
    "See www.videos.example/Orchestrating-Greenhouses-with-Tiny-Sensors for the video.",
    "See [https://videos.example/moths-lanterns-and-distributed-consensus](https://videos.example/watch?v=m2).",
    "See [www.videos.example/teaching-compilers-to-write-poetry-with-quill](https://www.videos.example/watch?v=q1).",
    "Write to [ines.vollmer@example.org](mailto:ines.vollmer@example.org) or <tarek.brandvold@example.org>.",
  ]) {
    assert.deepEqual(detect(markdown, catalog), [], markdown);
    const scan = scanMarkdown(markdown);
    assert.equal(scan.links.length >= 1, true, `${markdown}: the link is still collected`);
    assert.ok(scan.tokens.every((t) => t.link === -1), `${markdown}: no token from the address`);
  }
});

test("a link to a Hallway talk page wins over the other talk its text names, with no overlap", () => {
  for (const url of ["/conferences/conf/talks/quill", "https://hallway.example/conferences/conf/talks/quill"]) {
    const md = `Best of the day: [${MOTHS}](${url}) by Tarek Brandvold.`;
    const all = detect(md, catalog, { minConfidence: 0 });
    const talks = all.filter((m) => m.kind === "talk");
    assert.equal(talks.length, 1, JSON.stringify(talks));
    const [m] = talks;
    assert.equal(m?.id, "quill");
    assert.equal(m?.reason, "explicit link");
    assert.equal(m?.confidence, 1);
    assert.equal(m?.action, "link");
    assert.equal(m?.text, `[${MOTHS}](${url})`);
    assert.equal(md.slice(m.start, m.end), m.text);
    assert.equal(find(all, "talk", "moths"), undefined, "the title in the link text does not also count");
    assert.equal(find(all, "speaker", "tarek")?.text, "Tarek Brandvold");
    for (const a of all) for (const b of all) if (a !== b && a.kind === b.kind) assert.ok(a.end <= b.start || b.end <= a.start, `${a.text} overlaps ${b.text}`);
  }
});

test("a link to a speaker page wins over the other speaker its text names", () => {
  const md = "Thanks to [Wen Okonkwo](/speakers/ines) for the slides.";
  const mentions = detect(md, catalog);
  assert.deepEqual(
    mentions.filter((m) => m.kind === "speaker").map((m) => [m.id, m.reason, m.text]),
    [["ines", "explicit link", "[Wen Okonkwo](/speakers/ines)"]],
  );
});

test(
  "a speaker-page link naming another speaker suggests nothing about the other speaker's talk",
  () => {
    const md = "Thanks to [Wen Okonkwo](/speakers/ines) for the slides.";
    assert.deepEqual(ids(detect(md, catalog), "talk"), []);
  },
);

test("rendering never nests a mention link inside the author's link", () => {
  const md = [
    "Day one:",
    "",
    `- [${QUILL}](https://videos.example/watch?v=q1), by [Ines Vollmer](https://ines.example)`,
    `- [**Moths, Lanterns** and Distributed Consensus](https://videos.example/watch?v=m2)`,
    `- ${GREENHOUSE}, by Wen Okonkwo`,
    "",
  ].join("\n");
  const mentions = detect(md, catalog);
  // Detection stores the talks named in the link texts (the talk page lists the writeup)…
  assert.deepEqual(ids(mentions, "talk"), ["greenhouse", "moths", "quill"]);
  assert.deepEqual(ids(mentions, "speaker"), ["ines", "wen"]);
  const links: MentionLink[] = mentions.map((m) => ({ kind: m.kind, start: m.start, end: m.end, text: m.text, href: `/mention/${m.kind}/${m.id}`, label: m.id }));
  const html = renderMarkdown(md, links);
  // …but only the plain-prose ones become links when rendered.
  assert.deepEqual([...html.matchAll(/href="\/mention\/(\w+)\/(\w+)"/g)].map((x) => `${x[1]}:${x[2]}`), ["talk:greenhouse", "speaker:wen"]);
  // The author's links are intact and nothing opens inside them.
  assert.match(html, new RegExp(`<a href="https://videos\\.example/watch\\?v=q1"[^>]*>${QUILL}</a>`));
  assert.match(html, /<a href="https:\/\/videos\.example\/watch\?v=m2"[^>]*><strong>Moths, Lanterns<\/strong> and Distributed Consensus<\/a>/);
  assert.match(html, /<a href="https:\/\/ines\.example"[^>]*>Ines Vollmer<\/a>/);
  let depth = 0;
  for (const tag of html.matchAll(/<(\/?)a[\s>]/g)) {
    depth += tag[1] ? -1 : 1;
    assert.ok(depth === 0 || depth === 1, `nested <a> in ${html}`);
  }
  assert.equal(depth, 0);
});
