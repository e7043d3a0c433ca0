import { test } from "node:test";
import assert from "node:assert/strict";
import {
  formatWriteupDate,
  misspeltField,
  parseFrontMatter,
  parseWriteupFile,
  parseWriteupFiles,
  serializeWriteupFile,
  yamlText,
  type WriteupFileContent,
} from "@/lib/core/writeups/front-matter";
import { WriteupImportError } from "@/lib/core/writeups/writeup-file-error";

const file = (...frontMatter: string[]) => `---\n${frontMatter.join("\n")}\n---\n\nSome *markdown*.\n`;

test("reads every field, with the line of each", () => {
  const parsed = parseWriteupFile(
    file(
      "title: DockerCon EU 2017, day by day",
      "slug: dockercon-day-by-day",
      "status: draft",
      "date: 2017-10-20",
      "conference: [dockercon-eu-2017, container-camp-au-2017]",
      "summary: What I learned in Copenhagen.",
      "canonical_url: https://blog.example/dockercon",
    ),
    "trip.md",
  );
  assert.equal(parsed.title, "DockerCon EU 2017, day by day");
  assert.equal(parsed.slug, "dockercon-day-by-day");
  assert.equal(parsed.status, "draft");
  assert.equal(parsed.publishedAt?.toISOString(), "2017-10-20T00:00:00.000Z");
  assert.deepEqual(parsed.conferences, ["dockercon-eu-2017", "container-camp-au-2017"]);
  assert.equal(parsed.summary, "What I learned in Copenhagen.");
  assert.equal(parsed.canonicalUrl, "https://blog.example/dockercon");
  assert.equal(parsed.body, "Some *markdown*.");
  assert.deepEqual(parsed.lines, { title: 2, slug: 3, status: 4, date: 5, conference: 6, summary: 7, canonical_url: 8 });
  assert.deepEqual(parsed.conferenceLines, [6, 6]);
  assert.deepEqual(parsed.warnings, []);
});

test("defaults: published, no slug, no conference", () => {
  const parsed = parseWriteupFile(file("title: Notes"), "notes.md");
  assert.equal(parsed.status, "published");
  assert.equal(parsed.slug, undefined);
  assert.deepEqual(parsed.conferences, []);
  assert.equal(parsed.publishedAt, undefined);
});

test("the YAML that blogs write: quotes, comments, block lists, folded and literal text, CRLF, a BOM", () => {
  const text = [
    "\uFEFF---",
    "# exported from my old blog",
    "title: 'It''s \"Day 1\": keynotes'   # the first day",
    "conference:",
    "  - dockercon-eu-2017",
    "  - 'container-camp-au-2017'",
    "summary: >",
    "  Folded onto",
    "  one line.",
    "",
    "  A new paragraph.",
    "date: \"2017-10-20T09:30:00+02:00\"",
    "---",
    "",
    "",
    "# Body",
    "",
  ].join("\r\n");
  const parsed = parseWriteupFile(text, "blog.md");
  assert.equal(parsed.title, `It's "Day 1": keynotes`);
  assert.deepEqual(parsed.conferences, ["dockercon-eu-2017", "container-camp-au-2017"]);
  assert.deepEqual(parsed.conferenceLines, [5, 6]);
  assert.equal(parsed.summary, "Folded onto one line.\nA new paragraph.");
  assert.equal(parsed.publishedAt?.toISOString(), "2017-10-20T07:30:00.000Z");
  assert.equal(parsed.body, "# Body");

  const literal = parseFrontMatter("---\nsummary: |\n  line one\n  line two\nlist:\n- a\n- b\n---\n");
  assert.equal(literal.data.summary, "line one\nline two\n");
  assert.deepEqual(literal.data.list, ["a", "b"]);
  assert.deepEqual(literal.itemLines.list, [6, 7]);
  const escapes = parseFrontMatter('---\ntitle: "tab\\there \\u00e9 \\x41 \\\\ \\""\n---\n');
  assert.equal(escapes.data.title, 'tab\there é A \\ "');
});

test("dates: a day, a date and time with an offset, Jekyll's form, and a time without an offset read as UTC", () => {
  const at = (date: string) => parseWriteupFile(file("title: T", `date: ${date}`), "d.md").publishedAt?.toISOString();
  assert.equal(at("2017-10-20"), "2017-10-20T00:00:00.000Z");
  assert.equal(at("2017-10-20T09:30:00Z"), "2017-10-20T09:30:00.000Z");
  assert.equal(at("2017-10-20T09:30:00-05:00"), "2017-10-20T14:30:00.000Z");
  assert.equal(at("2017-10-20 09:30:00 +0200"), "2017-10-20T07:30:00.000Z");
  assert.equal(at("2017-10-20 09:30"), "2017-10-20T09:30:00.000Z");
});

test("Hugo's draft: true and Jekyll's published: false mean a draft", () => {
  assert.equal(parseWriteupFile(file("title: T", "draft: true"), "h.md").status, "draft");
  assert.equal(parseWriteupFile(file("title: T", "draft: false"), "h.md").status, "published");
  assert.equal(parseWriteupFile(file("title: T", "published: false"), "j.md").status, "draft");
  assert.equal(parseWriteupFile(file("title: T", "status: draft", "draft: true"), "h.md").status, "draft");
});

test("fields Hallway doesn't use are ignored with a located warning", () => {
  const parsed = parseWriteupFile(file("title: T", "layout: post", "tags: [docker, security]", "author:", "  name: Jane"), "old.md");
  assert.deepEqual(parsed.warnings, [
    "old.md, line 3: front matter field 'layout' is not used by Hallway; ignored",
    "old.md, line 4: front matter field 'tags' is not used by Hallway; ignored",
    "old.md, line 5: front matter field 'author' is not used by Hallway; ignored",
  ]);
});

/** Every message a person can get from one file: [what, file text, exact message]. */
const BAD: [string, string, string][] = [
  ["no front matter", "# Just markdown\n", "trip.md, line 1: no front matter: a writeup file starts with a '---' line, then 'title: …' and the other fields, then another '---' line"],
  ["unclosed front matter", "---\ntitle: T\n\nbody\n", "trip.md, line 1: the front matter that starts here is never closed: add a '---' line after its last field"],
  ["a missing title", file("status: draft"), "trip.md, line 1: front matter field 'title' is missing"],
  ["an empty title", file("title: ''"), "trip.md, line 2: front matter field 'title' is empty"],
  ["a title that is a list", file("title: [a, b]"), "trip.md, line 2: front matter field 'title' is a list, not text"],
  ["a title that is a mapping", file("title:", "  en: Hello"), "trip.md, line 2: front matter field 'title' is a nested mapping, not text"],
  ["an unknown status", file("title: T", "status: live"), "trip.md, line 3: front matter field 'status' is 'live', not 'published' or 'draft'"],
  [
    "a date that isn't a date",
    file("title: T", "date: 2017-02-30"),
    "trip.md, line 3: front matter field 'date' is '2017-02-30', not a date (YYYY-MM-DD, or a date and time such as 2017-10-20T09:30:00+02:00)",
  ],
  [
    "a date that is words",
    file("title: T", "date: last tuesday"),
    "trip.md, line 3: front matter field 'date' is 'last tuesday', not a date (YYYY-MM-DD, or a date and time such as 2017-10-20T09:30:00+02:00)",
  ],
  ["a bad slug", file("title: T", "slug: My Trip"), "trip.md, line 3: front matter field 'slug' is 'My Trip', not a slug (lower-case letters and digits, words joined by '-')"],
  [
    "a bad conference slug in a block list",
    file("title: T", "conference:", "  - dockercon-eu-2017", "  - DockerCon EU"),
    "trip.md, line 5: front matter field 'conference' is 'DockerCon EU', not a slug (lower-case letters and digits, words joined by '-')",
  ],
  ["a canonical URL that isn't one", file("title: T", "canonical_url: blog.example/post"), "trip.md, line 3: front matter field 'canonical_url' is 'blog.example/post', not an http(s) URL"],
  ["a javascript: canonical URL", file("title: T", "canonical_url: 'javascript:alert(1)'"), "trip.md, line 3: front matter field 'canonical_url' is 'javascript:alert(1)', not an http(s) URL"],
  ["a misspelt field", file("title: T", "conferences: dockercon-eu-2017"), "trip.md, line 3: unknown front matter field 'conferences' (did you mean 'conference'?)"],
  ["draft that isn't true or false", file("title: T", "draft: maybe"), "trip.md, line 3: front matter field 'draft' is 'maybe', not true or false"],
  ["status and draft disagree", file("title: T", "status: published", "draft: true"), "trip.md, line 3: front matter field 'status' is 'published', not what 'draft: true' says"],
  ["a field given twice", file("title: T", "title: U"), "trip.md, line 3: front matter field 'title' appears twice (lines 2 and 3)"],
  ["an unquoted colon", file("title: Day 1: keynotes"), `trip.md, line 2: front matter field 'title': a value containing ': ' must be quoted ("…")`],
  ["an unclosed quote", file('title: "Day 1'), "trip.md, line 2: front matter field 'title': the quoted value is not closed (it must end on the line it starts)"],
  ["an alias", file("title: *name"), "trip.md, line 2: front matter field 'title': YAML anchors, aliases and tags ('*') are not supported; quote the value if '*' is part of it"],
  ["a line that is no field", file("title: T", "just words"), "trip.md, line 3: expected 'field: value' (a name, a colon, a space, then the value)"],
  ["an indented line with no field", file("  title: T"), "trip.md, line 2: this line is indented, but no field above it takes indented lines"],
  ["a tab", file("title: T", "conference:", "\t- a"), "trip.md, line 4: a tab indents this line; YAML indents with spaces"],
  ["an unclosed list", file("title: T", "conference: [a, b"), "trip.md, line 3: front matter field 'conference': a [list] must end with ']' on the line it starts"],
];

for (const [what, text, message] of BAD) {
  test(`refuses ${what}, naming the file, the line and the field`, () => {
    assert.throws(
      () => parseWriteupFile(text, "trip.md"),
      (error: unknown) => {
        assert.ok(error instanceof WriteupImportError);
        assert.equal(error.message, message);
        return true;
      },
    );
  });
}

/** What the YAML reader would have to guess at, and the slips YAML itself refuses: [what, file text, exact message]. */
const REFUSED: [string, string, string][] = [
  ["an anchor", file("title: &a T"), "trip.md, line 2: front matter field 'title': YAML anchors, aliases and tags ('&') are not supported; quote the value if '&' is part of it"],
  ["a tag", file("title: !!str T"), "trip.md, line 2: front matter field 'title': YAML anchors, aliases and tags ('!') are not supported; quote the value if '!' is part of it"],
  ["a quoted value over two lines", file('title: "Day', '  one"'), "trip.md, line 2: front matter field 'title': a quoted value must end on the line it starts"],
  ["a [list] over two lines", file("title: T", "conference: [a,", "  b]"), "trip.md, line 3: front matter field 'conference': a [list] must end on the line it starts"],
  ["a list item with no field", file("- a"), "trip.md, line 2: a list item needs a field name above it ('conference:', then '- slug' lines)"],
  ["a value starting with @", file("title: @home"), "trip.md, line 2: front matter field 'title': a value starting with '@' must be quoted"],
  ["a value starting with `", file("title: `x`"), "trip.md, line 2: front matter field 'title': a value starting with '`' must be quoted"],
  ["an escape YAML doesn't know", file('title: "\\q"'), "trip.md, line 2: front matter field 'title': '\\q' is not an escape YAML knows"],
  ["text after a closing quote", file("title: 'x' y"), "trip.md, line 2: front matter field 'title': unexpected text after the value (quote the whole value)"],
  ["block text indented less than its first line", file("title: T", "summary: |", "    a", "  b"), "trip.md, line 5: front matter field 'summary': this line is indented differently from the lines above it"],
  ["an explicit '? key'", file("title: T", "? complex", ": v"), "trip.md, line 3: expected 'field: value' (a name, a colon, a space, then the value)"],
  ["a quoted field name", file("'title': T"), "trip.md, line 2: expected 'field: value' (a name, a colon, a space, then the value)"],
  ["a {mapping} as the title", file("title: {en: Hello}"), "trip.md, line 2: front matter field 'title' is a nested mapping, not text"],
  ["a list inside the conference list", file("title: T", "conference: [a, [b]]"), "trip.md, line 3: front matter field 'conference' is a list, not a slug"],
  ["null as the title", file("title: null"), "trip.md, line 2: front matter field 'title' is missing"],
  ["~ as the title", file("title: ~"), "trip.md, line 2: front matter field 'title' is missing"],
  ["front matter with only a comment", file("# nothing yet"), "trip.md, line 1: front matter field 'title' is missing"],
];

for (const [what, text, message] of REFUSED) {
  test(`refuses ${what}, with the line`, () => {
    assert.throws(
      () => parseWriteupFile(text, "trip.md"),
      (error: unknown) => {
        assert.ok(error instanceof WriteupImportError);
        assert.equal(error.message, message);
        return true;
      },
    );
  });
}

test("every value arrives as text; an empty value, ~ and null (any case) are no value; '' is empty text", () => {
  const raw = parseFrontMatter(file("a: 2017", "b: true", "c:", "d: ~", "e: NULL", "f: ''", "g: [x, '', ~]", "h:", "  i: j", "k: 0x1F # a comment"));
  assert.deepEqual(raw.data, { a: "2017", b: "true", c: null, d: null, e: null, f: "", g: ["x", "", null], h: { i: "j" }, k: "0x1F" });
  assert.deepEqual(raw.lines, { a: 2, b: 3, c: 4, d: 5, e: 6, f: 7, g: 8, h: 9, k: 11 });
  assert.deepEqual(raw.itemLines.g, [8, 8, 8]);
  assert.equal(parseWriteupFile(file("title: 2017", "draft: true"), "n.md").title, "2017");
});

test("block text chomping, plain values continued on indented lines, and '...' closing the front matter", () => {
  assert.equal(parseFrontMatter(file("s: |-", "  keep", "  lines")).data.s, "keep\nlines");
  assert.equal(parseFrontMatter(file("s: >-", "  folded", "  text")).data.s, "folded text");
  assert.equal(parseFrontMatter(file("s: one", "  two", "", "  three")).data.s, "one two\nthree");
  const dots = parseFrontMatter("---\ntitle: T\n...\nbody\n");
  assert.equal(dots.data.title, "T");
  assert.equal(dots.body, "body");
});

test("every problem of every file is reported at once, in line order", () => {
  assert.throws(
    () => parseWriteupFiles([
      { file: "a.md", text: file("title: A", "status: live", "date: soon") },
      { file: "b.md", text: file("title: B") },
      { file: "c.md", text: "no front matter" },
    ]),
    (error: unknown) => {
      assert.ok(error instanceof WriteupImportError);
      assert.deepEqual(
        error.problems.map((p) => [p.file, p.line, p.field]),
        [
          ["a.md", 3, "status"],
          ["a.md", 4, "date"],
          ["c.md", 1, undefined],
        ],
      );
      return true;
    },
  );
});

test("misspellings are told from other fields", () => {
  assert.equal(misspeltField("titel"), "title");
  assert.equal(misspeltField("canonicalUrl"), "canonical_url");
  assert.equal(misspeltField("canonical-url"), "canonical_url");
  assert.equal(misspeltField("Status"), "status");
  assert.equal(misspeltField("canonical"), "canonical_url");
  assert.equal(misspeltField("canonicalURL"), "canonical_url");
  assert.equal(misspeltField("tags"), undefined);
  assert.equal(misspeltField("layout"), undefined);
  assert.equal(misspeltField("author"), undefined);
});

const sample: WriteupFileContent = {
  title: "DockerCon EU 2017: day by day",
  slug: "dockercon-eu-2017-day-by-day",
  status: "published",
  publishedAt: new Date("2017-10-20T07:30:00Z"),
  conferences: ["container-camp-au-2017", "dockercon-eu-2017"],
  summary: "Three days,\nmany talks.",
  canonicalUrl: "https://blog.example/dockercon?x=1#top",
  body: "# Day 1\n\nI loved „Docker 500: Going fast while protecting data“.\n\n    code block\n",
};

test("writes front matter a reader and a person both understand", () => {
  assert.equal(
    serializeWriteupFile(sample),
    [
      "---",
      'title: "DockerCon EU 2017: day by day"',
      "slug: dockercon-eu-2017-day-by-day",
      "status: published",
      "date: 2017-10-20T07:30:00Z",
      "conference: [container-camp-au-2017, dockercon-eu-2017]",
      'summary: "Three days,\\nmany talks."',
      "canonical_url: https://blog.example/dockercon?x=1#top",
      "---",
      "",
      "# Day 1",
      "",
      "I loved „Docker 500: Going fast while protecting data“.",
      "",
      "    code block",
      "",
    ].join("\n"),
  );
  const draft = serializeWriteupFile({ ...sample, status: "draft", conferences: ["dockercon-eu-2017"], summary: null, canonicalUrl: null });
  assert.match(draft, /^---\ntitle: .*\nslug: .*\nstatus: draft\nconference: dockercon-eu-2017\n---\n/);
  assert.doesNotMatch(draft, /date:/, "a draft has no publication date");
});

test("round trip: parse(serialize(x)) is x, and serialize(parse(file)) is the file", () => {
  const tricky = [
    "2017", "true", "null", "~", "- dash", "#hash", "a #b", "a: b", "ends with colon:", " leading space", "trailing space ",
    "'single'", '"double"', "[brackets]", "{braces}", "@at", "`tick`", "%pct", "tab\there", "line\nbreak", "é ü ß 漢字 😀",
    "\u2028sep", "0x1F", "1e5", ".5", "yes", "Off", "*star", "&amp", "!bang", "|pipe", ">gt", "back\\slash",
  ];
  for (const title of tricky) {
    // Titles and summaries are read trimmed, so that is what a writeup holds.
    const content = { ...sample, title: title.trim() || "x", summary: title.trim() };
    const text = serializeWriteupFile(content);
    const parsed = parseWriteupFile(text, "rt.md");
    assert.equal(parsed.title, content.title, `title ${JSON.stringify(title)}`);
    assert.equal(parsed.summary, content.summary, `summary ${JSON.stringify(title)}`);
    const again = serializeWriteupFile({ ...parsed, slug: parsed.slug ?? "" });
    assert.equal(again, text);
  }
  for (const publishedAt of [new Date("2017-10-20T00:00:00Z"), new Date("2017-10-20T23:59:59Z")]) {
    const text = serializeWriteupFile({ ...sample, publishedAt });
    assert.equal(parseWriteupFile(text, "d.md").publishedAt?.getTime(), publishedAt.getTime());
  }
});

test("dates are written to the second in UTC, or as a day at midnight", () => {
  assert.equal(formatWriteupDate(new Date("2017-10-20T00:00:00Z")), "2017-10-20");
  assert.equal(formatWriteupDate(new Date("2017-10-20T07:30:05.250Z")), "2017-10-20T07:30:05Z");
});

test("plain YAML only where every reader agrees it is that text", () => {
  assert.equal(yamlText("dockercon-eu-2017"), "dockercon-eu-2017");
  assert.equal(yamlText("31-chaos-communication-congress"), "31-chaos-communication-congress");
  assert.equal(yamlText("My trip, in three parts"), "My trip, in three parts");
  for (const quoted of ["2017", "true", "no", "a: b", "a #b", "-x", ""]) assert.equal(yamlText(quoted), JSON.stringify(quoted), quoted);
});
