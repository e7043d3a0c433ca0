import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMarkdown } from "@/lib/core/markdown/render-markdown";
import { resolveOverlaps, type MentionLink } from "@/lib/core/markdown/remark-mention-links";
import { excerptAround, leadExcerpt, plainText, truncate } from "@/lib/core/markdown/excerpts";

function mention(source: string, text: string, kind: MentionLink["kind"] = "talk", from = 0): MentionLink {
  const start = source.indexOf(text, from);
  assert.ok(start >= 0, `${text} not in source`);
  return { kind, start, end: start + text.length, text, href: kind === "talk" ? "/conferences/c/talks/t" : "/speakers/s", label: `About ${text}` };
}

test("renders GFM markdown", () => {
  const html = renderMarkdown("# Day one\n\n- ~~old~~ new\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
  assert.match(html, /<h1>Day one<\/h1>/);
  assert.match(html, /<del>old<\/del>/);
  assert.match(html, /<table>/);
});

test("stored mentions become quiet links with a tooltip", () => {
  const md = "I loved „Docker 500: Going fast“ by Diogo Mónica.\n";
  const html = renderMarkdown(md, [mention(md, "Docker 500: Going fast"), mention(md, "Diogo Mónica", "speaker")]);
  assert.match(html, /<a href="\/conferences\/c\/talks\/t" title="About Docker 500: Going fast" class="mention mention-talk">Docker 500: Going fast<\/a>/);
  assert.match(html, /<a href="\/speakers\/s" title="About Diogo Mónica" class="mention mention-speaker">Diogo Mónica<\/a>\./);
});

test("mentions inside code and existing links are left alone", () => {
  const md = "Run `Docker 500` and read [Docker 500](https://example.com). Docker 500 rocks.\n";
  const first = md.indexOf("Docker 500");
  const inLink = md.indexOf("Docker 500", first + 1);
  const last = md.lastIndexOf("Docker 500");
  const mk = (start: number): MentionLink => ({ kind: "talk", start, end: start + 10, text: "Docker 500", href: "/t", label: "t" });
  const html = renderMarkdown(md, [mk(first), mk(inLink), mk(last)]);
  assert.equal(html.match(/class="mention/g)?.length, 1);
  assert.match(html, /<code>Docker 500<\/code>/);
});

test("a mention survives escapes in the same text node", () => {
  const md = "Fish \\& chips, then Highway to Helm.\n";
  const html = renderMarkdown(md, [mention(md, "Highway to Helm")]);
  assert.match(html, /Fish &#x26; chips, then <a [^>]*class="mention mention-talk">Highway to Helm<\/a>\./);
});

test("speakers keep their links inside a talk mention, which shrinks or yields", () => {
  const md = "Marcos Lilljedahl and Jonathan Leibiusky talked about PWD. The keynote was held by the CEO Steve Singh.\n";
  const names = mention(md, "Marcos Lilljedahl and Jonathan Leibiusky");
  const a = mention(md, "Marcos Lilljedahl", "speaker");
  const b = mention(md, "Jonathan Leibiusky", "speaker");
  const keynote = mention(md, "keynote was held by the CEO Steve Singh");
  const steve = mention(md, "Steve Singh", "speaker");
  const resolved = resolveOverlaps([a, b, names, keynote, steve]);
  assert.deepEqual(resolved.map((m) => [m.kind, m.text]), [
    ["speaker", "Marcos Lilljedahl"],
    ["speaker", "Jonathan Leibiusky"],
    ["talk", "keynote was held by the CEO"],
    ["speaker", "Steve Singh"],
  ]);
  const html = renderMarkdown(md, [a, b, names, keynote, steve]);
  assert.equal(html.match(/<a /g)?.length, 4);
  assert.match(html, /The <a [^>]*mention-talk">keynote was held by the CEO<\/a> <a [^>]*mention-speaker">Steve Singh<\/a>\./);
});

test("of two overlapping talk mentions, the longer wins", () => {
  const md = "Docker 500: Going fast was great.\n";
  const long = mention(md, "Docker 500: Going fast");
  const short = mention(md, "Docker 500");
  assert.deepEqual(resolveOverlaps([short, long]), [long]);
});

test("sanitizes what markdown lets through", () => {
  const payloads = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2Zz4=)",
    '<img src=x onerror="alert(1)">',
    "<svg><script>alert(1)</script></svg>",
    '<a href="https://ok.example" onclick="alert(1)">ok</a>',
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
  ];
  for (const p of payloads) {
    const html = renderMarkdown(p);
    assert.doesNotMatch(html, /<script|javascript:|onerror|onclick|data:image|<svg|<math/i, `${p} → ${html}`);
  }
  assert.match(renderMarkdown("[site](https://example.com)"), /rel="nofollow ugc noopener"/);
});

test("lead excerpt is plain text, skips a repeated title and is cut at a word", () => {
  const md = "# My Trip\n\nThe **first** day was [great](https://x.example).\n\n```\ncode\n```\n\nSecond paragraph here.\n";
  assert.equal(leadExcerpt(md, 280, "My Trip"), "The first day was great. Second paragraph here.");
  assert.equal(truncate("one two three four five", 12), "one two…");
});

test("excerpt around a mention is its paragraph, centred when long", () => {
  const para = `${"Lorem ipsum dolor sit amet. ".repeat(20)}Then Docker 500 happened. ${"After that we had lunch. ".repeat(20)}`;
  const md = `Intro.\n\n${para}\n`;
  const start = md.indexOf("Docker 500");
  const excerpt = excerptAround(md, start, start + 10, 120);
  assert.ok(excerpt.includes("Docker 500"), excerpt);
  assert.ok(excerpt.length <= 125, `${excerpt.length}`);
  assert.ok(excerpt.startsWith("…") && excerpt.endsWith("…"));
  assert.equal(excerptAround("Short one about Docker 500.\n", 16, 26), "Short one about Docker 500.");
});

test("excerpts keep a space between the items of a list and the cells of a table", () => {
  const md = "Notes:\n\n- [the keynote](#keynote)\n- the *supply chain* talk\n\n| a | b |\n|---|---|\n| one | two |\n";
  assert.equal(leadExcerpt(md), "Notes: the keynote the supply chain talk a b one two");
  assert.equal(plainText(md), "Notes:\nthe keynote the supply chain talk\na b one two");
});
