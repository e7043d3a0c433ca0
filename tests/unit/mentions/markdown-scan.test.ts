/**
 * The scan that mention detection reads (scanMarkdown, over the remark tree
 * the save path parses once): on tricky markdown, every token is a word of the
 * source at its offsets, and none lies inside code, HTML, an image or a link.
 * (A hand-written scanner used to stand in for the parse; a single parse now
 * meets the save budget, so it was removed: see bench/save.ts.)
 */
import { test } from "node:test";
import { scanMarkdown } from "../../../lib/core/mentions/markdown-scan";
import { assertSafe } from "./scan-assertions";

// ------------------------------------------------------------------ tricky snippets

const SNIPPETS: Record<string, string> = {
  "atx headings with closing #s": "# Title #\n\n## Second ##   \n\n### Not closed#\n\n#### Escaped \\#\n\n####### seven is text\n\n#\n\n# # #",
  "setext headings": "Big Title\n=========\n\nSmaller *one*\nover two lines\n---\n\nText\n\n---\n\nAfter the break.",
  "paragraph continuation and hard breaks": "Line one with two spaces  \nline two with a backslash\\\nline three   \n\nTrailing spaces at the end   ",
  "block quotes with lazy lines": "> Quoted talk about Rust\nlazy continuation line\n> > nested quote\n> back to one\n\n>no space after marker",
  "nested lists with lazy continuation": "- first item\n  continued\nlazy line\n- second item\n\n  second paragraph\n  - nested *item*\n    more nested\n1. one\n2. two\n10) ten\n\n* star\n+ plus",
  "ordered list interrupting a paragraph": "Some text\n2. not a list\n1. a list\n\nMore text\n- a bullet",
  "code fences inside lists": "- item\n  ```js\n  const x = `Kubernetes at Scale`;\n  ```\n  after the fence\n- next\n\n~~~\nTilde fence with Docker\n~~~\n\n````\n```\nnested fence text\n```\n````\n\nafter",
  "unclosed fence runs to the end of its container": "> ```\n> code in quote\n\nprose after\n\n```\nnever closed\nRust talk",
  "indented code": "Para\n\n    indented code Docker\n    more code\n\n      deeper\nafter code\n\n- item\n\n      code in item\n",
  "inline code with multi-backtick runs": "Use `code` and ``a ` b`` and ```x``y``` then `unclosed and ``mismatch` end.",
  "code span containing a link": "See `code with [link](x)` and the [real link](/y) please.",
  "links inline and reference": "[inline](/a \"title\") and [ref][r] and [Collapsed][] and [shortcut] and [undefined] and [x][nope].\n\n[r]: /ref-url\n[collapsed]: <with space> 'title'\n[Shortcut]:\n  /short\n  \"t\"",
  "definitions: first one wins, case-insensitive": "[Foo] and [FOO] and [ foo  ]\n\n[foo]: /first\n[FOO]: /second",
  "definition that is not one": "[a]: /x \"unclosed\nParagraph after [a].\n\ntext\n[b]: /y\nsee [b]",
  "images and links in images": "An ![image of Docker](a.png) and ![ref image][r] and [![badge](b.svg)](https://ci.example.com) here.\n\n![outer [inner](c) text](d)\n\n[r]: /img",
  "nested brackets and links in links": "[outer [inner](a) text](b) and [a [b] c](d) and [[double]](e) and [unbalanced [ bracket](f)",
  "link destinations with parens, escapes and entities": "[a](foo(bar)) [b](<url with spaces>) [c](foo\\)bar) [d](/x?a=1&amp;b=2 'single') [e]( /spaced ) [f](/no close",
  "autolinks": "Visit <https://example.com/talks?id=3> or <mailto:me@example.com> or <me@example.com> or <not an autolink>.",
  "GFM bare URLs": "See https://fosdem.org/2020/schedule/event/rust/. And www.example.com, also (https://a.b/c_(d)) and mail me@example.org! Done.\n\nhttp://localhost:3000/path and https://x.y/z?q=1&r=2.\n\nA www.trailing.com) and *https://in.emphasis.com* too.",
  "GFM bare URL stoppers": "email a.b-c+d@ex-ample.co.uk and not@valid.1 and x@y and foo@bar.baz_ and https://under_score.com and www.a_b.c",
  "HTML comments and inline HTML": "Text <!-- a comment about Docker --> more <span class=\"x\">inside span</span> and <br/> and <a\nhref=\"y\">multi line tag</a> and a < b > c.\n\n<!--\nblock comment Kubernetes\n-->\n\nAfter.",
  "HTML blocks": "<div>\nblock html Docker\n</div>\n\n<details>\n<summary>Summary text</summary>\n\nMarkdown inside details\n\n</details>\n\n<custom-tag>\nkind seven\n</custom-tag>\n\n<script>\nlet x = 'Rust';\n\nstill script\n</script>\nafter script",
  "tables": "| Talk | Speaker |\n|------|:-------:|\n| Rust in `prod` | Ann |\n| Pipes \\| escaped | `a|b` code |\nlazy row\n\n| Extra | cells |\n|---|---|\n| one | two | three |\n\nnot | a table\n--- | --- | ---\n",
  "tables without outer pipes": "Intro line\nA | B\n--|--\nc | d\n  | e | f |  \n\n> quote after",
  "table interrupted by another block": "| a |\n|---|\n| b |\n# heading\n| c |",
  "emphasis, strikethrough and quotes": "**“Building Safe Services”** by _Ann_ and *'single' quoted* and ~~struck Docker~~ and ***triple*** and __*mixed*__ and snake_case_word.",
  "nested emphasis around quotes": "She gave *“The **Hard** Way”* — a great talk. **\"Quoted in strong\".** Then _'single'_.",
  "escapes and entities": "Escaped \\*not emphasis\\* and \\[not a link\\](x) and AT&amp;T and &copy; 2024 and caf&eacute; and &#39;quoted&#39; and &#x27;hex&#x27; and a lone & ampersand.",
  "footnotes": "A claim[^1] and another[^note] and an undefined[^nope] one.\n\n[^1]: The footnote text about Rust.\n[^note]: Multi\n    line footnote\n\n    with a second paragraph.\n\nAfter the footnotes.",
  "task lists": "- [ ] todo item\n- [x] done item\n- [X] also done\n- [ ]not a task\n\n* [x] star task",
  "thematic breaks": "Para\n\n***\n\n- - -\n\n___\n\n * * *\n\nEnd",
  "sentence boundaries": "First sentence. Second one! Third? “Quoted end.” Next (parenthetical.) Then **bold.** After… ellipsis. Mr. Smith e.g. works.",
  "heading anchors with links and code": "## 15:30 – [My Talk](/t/1) by `Ann` <span>hidden</span> ![img](x)\n\n### Caf&eacute; &amp; more",
  "CRLF line endings": "# Title\r\n\r\nA paragraph\r\nwith CRLF  \r\nbreak.\r\n\r\n- item\r\n  more\r\n",
  "tabs": "-\tTab after marker\n\n>\tquote with tab\n\n\tindented code with tab\n\nText\twith\ttabs.",
  "empty and odd documents": "",
  "only whitespace": "   \n\n  \n",
  "list item starting blank": "-\n  content after blank start\n-\n\n  not in item",
  "links with titles across lines": "[a](/x\n\"title\") and [b](/y\n'multi\nline') done.",
  "backslash before newline in heading": "Heading with break\\\nsecond line\n===",
  "footnote definition interrupting a paragraph": "Some text\n[^1]: the note\nlazy note line\n\nUse[^1] here.",
  "indented line ends a table": "| a | b |\n|---|---|\n| c | d |\n    indented code Rust\nafter",
  "email tried before www": "Write to www.example.orga@b.com or www.example.org today.",
  "entity before a bare URL": "caf&eacute;www.example.org and &amp; https://example.org/x.",
  "setext heading after definitions": "[r]: /u\nHeading text\n===\n\nSee [r].",
  "code span across lines": "Text `code\nspanning` lines and ``more\n`code`\n`` here.",
};

for (const [name, markdown] of Object.entries({ ...SNIPPETS, "bare URL after a quote mark": 'Quoted "www.example.com" and [see https://x.example.com] here.' })) {
  test(`snippet: ${name}`, () => assertSafe(scanMarkdown(markdown), name));
}

test("every snippet prefix is safe (no crash, offsets index the source)", () => {
  for (const markdown of Object.values(SNIPPETS)) {
    for (let cut = 0; cut <= markdown.length; cut += 7) assertSafe(scanMarkdown(markdown.slice(0, cut)), "prefix");
  }
});
