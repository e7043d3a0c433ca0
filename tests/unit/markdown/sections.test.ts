/**
 * Parsing and rendering by sections must give exactly what parsing and
 * rendering the whole text gives: same tree (positions included), same HTML,
 * for every kind of text, including the ones that must not be cut.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import { parseMarkdownTree, renderTree } from "@/lib/core/markdown/render-markdown";
import type { MentionLink } from "@/lib/core/markdown/remark-mention-links";
import { parseSections, renderSections, sectionStarts } from "@/lib/core/markdown/sections";
import { makeWriteup } from "../../../bench/support/make-writeup";

const demoDir = path.resolve("prisma/seed/demo");
const demo = readdirSync(path.join(demoDir, "writeups")).map((f) => readFileSync(path.join(demoDir, "writeups", f), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""));

const tricky: Record<string, string> = {
  "heading right after a paragraph line (no blank line: not cut)": "Some text\n# Heading\n\nmore\n",
  "heading inside fenced code": "Intro\n\n```md\n\n# not a heading\n\n```\n\n# Real heading\n\ntext\n",
  "tilde fence with a longer closer": "a\n\n~~~\n\n## inside\n~~~~~\n\n## outside\n\nb\n",
  "unclosed fence runs to the end": "a\n\n```\n\n# inside forever\n\ntext\n",
  "list with a blank line, then a heading": "- one\n\n- two\n\n# After the list\n\n1. a\n2. b\n",
  "blockquote then heading": "> quoted\n> more\n\n## Next\n\n> again\n",
  "reference definitions (never cut)": "See [the talk][t].\n\n# Day 2\n\n[t]: https://example.com/t\n",
  "footnotes (never cut)": "A claim.[^1]\n\n## Later\n\n[^1]: Source.\n",
  "html comment across blank lines (never cut)": "a\n\n<!--\n\n# hidden\n\n-->\n\n# shown\n",
  "hashtag, not a heading": "a\n\n#hashtag here\n\n#\n\n####### seven\n\n## real\n",
  "table before a heading": "| a | b |\n|---|---|\n| 1 | 2 |\n\n## Next\n\n| c |\n|---|\n| 3 |\n",
  "starts with a heading, CRLF-free, no final newline": "# Title\n\ntext\n\n## Two\n\nend",
  "indented code with a hash line": "a\n\n    # code\n\n# heading\n",
  "setext heading": "Title\n=====\n\n## Two\n\nx\n",
  "empty": "",
  "only headings": "# a\n\n# b\n\n# c\n",
};

const big = makeWriteup({ demoDir, words: 3000, mentions: 20 }).markdown;
const cases: [string, string][] = [...Object.entries(tricky), ...demo.map((d, i): [string, string] => [`demo writeup ${i + 1}`, d]), ["generated 3,000-word writeup", big]];

/** Mention links at every occurrence of some words, as the save path would pass them. */
function linksFor(markdown: string): MentionLink[] {
  const links: MentionLink[] = [];
  for (const word of ["Docker", "talk", "keynote", "the"]) {
    for (let at = markdown.indexOf(word); at !== -1 && links.length < 40; at = markdown.indexOf(word, at + word.length)) {
      links.push({ kind: "talk", start: at, end: at + word.length, text: word, href: `/t/${word}`, label: `About ${word}` });
    }
  }
  return links;
}

for (const [name, markdown] of cases) {
  test(`sections give the whole text's tree and HTML: ${name}`, () => {
    const whole = parseMarkdownTree(markdown);
    const sectioned = parseSections(markdown, parseMarkdownTree, new Map());
    assert.deepEqual(sectioned.tree, whole);
    const links = linksFor(markdown);
    const expected = renderTree(parseMarkdownTree(markdown), markdown, links);
    const html = renderSections(sectioned, links, (root: Root, inside) => renderTree(root, markdown, inside), new Map());
    assert.equal(html, expected);
  });
}

test("texts that must not be cut are one section; headings after blank lines cut", () => {
  assert.deepEqual(sectionStarts(tricky["reference definitions (never cut)"]!), [0]);
  assert.deepEqual(sectionStarts(tricky["footnotes (never cut)"]!), [0]);
  assert.deepEqual(sectionStarts(tricky["html comment across blank lines (never cut)"]!), [0]);
  assert.deepEqual(sectionStarts(tricky["heading right after a paragraph line (no blank line: not cut)"]!), [0]);
  assert.deepEqual(sectionStarts("a\n\n# b\n\nc\n\n## d\n"), [0, 3, 11]);
  assert.deepEqual(sectionStarts(tricky["heading inside fenced code"]!).length, 2, "the heading in the fence is not a cut");
});

test("a second save parses and renders only the section that changed", () => {
  const trees = new Map<string, Root>();
  const html = new Map<string, string>();
  let parses = 0;
  let renders = 0;
  const parse = (text: string) => ((parses += 1), parseMarkdownTree(text));
  const run = (markdown: string) => {
    const sectioned = parseSections(markdown, parse, trees);
    return renderSections(sectioned, [], (root: Root, inside: MentionLink[]) => ((renders += 1), renderTree(root, markdown, inside)), html);
  };
  run(big);
  const sections = sectionStarts(big).length;
  assert.ok(sections >= 3, `the generated writeup has sections (${sections})`);
  assert.equal(parses, sections);
  parses = renders = 0;
  const edited = `${big}\nOne more sentence.\n`;
  assert.equal(run(edited), renderTree(parseMarkdownTree(edited), edited, []));
  assert.equal(parses, 1, "only the last section is parsed again");
  assert.equal(renders, 1, "only the last section is rendered again");
});
