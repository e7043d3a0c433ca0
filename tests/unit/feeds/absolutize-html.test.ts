import { test } from "node:test";
import assert from "node:assert/strict";
import { absolutizeHtml } from "@/lib/core/feeds/absolutize-html";

const BASE = "https://hallway.example/writeups/a-writeup";

test("site-relative links and images become absolute", () => {
  const html = absolutizeHtml('<p><a href="/speakers/x" class="mention">X</a> <img src="/img/a.png" alt="a"></p>', BASE);
  assert.equal(html, '<p><a href="https://hallway.example/speakers/x" class="mention">X</a> <img src="https://hallway.example/img/a.png" alt="a"></p>');
});

test("fragment links point back into the writeup, and document-relative URLs resolve like on its page", () => {
  const html = absolutizeHtml('<a href="#user-content-fn-1">1</a><a href="other">o</a><a href="//cdn.example/x">c</a>', BASE);
  assert.match(html, /href="https:\/\/hallway\.example\/writeups\/a-writeup#user-content-fn-1"/);
  assert.match(html, /href="https:\/\/hallway\.example\/writeups\/other"/);
  assert.match(html, /href="https:\/\/cdn\.example\/x"/);
});

test("absolute and mailto URLs are kept, srcset candidates and blockquote cites are resolved", () => {
  const html = absolutizeHtml(
    '<a href="https://docker.com/a?b=1&amp;c=2" rel="nofollow ugc noopener">d</a><a href="mailto:me@example.com">m</a>' +
      '<img src="a.png" srcset="a.png 1x, /b.png 2x"><blockquote cite="/talks">q</blockquote>',
    BASE,
  );
  assert.match(html, /href="https:\/\/docker\.com\/a\?b=1&#x26;c=2" rel="nofollow ugc noopener"/);
  assert.match(html, /href="mailto:me@example\.com"/);
  assert.match(html, /srcset="https:\/\/hallway\.example\/writeups\/a\.png 1x, https:\/\/hallway\.example\/b\.png 2x"/);
  assert.match(html, /cite="https:\/\/hallway\.example\/talks"/);
});

test("no relative URL survives", () => {
  const html = absolutizeHtml('<p><a href="x">x</a><a href="/y">y</a><a href="#z">z</a><img src="w.png"></p>', BASE);
  for (const [, url] of html.matchAll(/(?:href|src)="([^"]*)"/g)) assert.ok(/^https:\/\//.test(url ?? ""), url);
});

test("a URL that cannot be resolved is dropped, not left relative", () => {
  const html = absolutizeHtml('<a href="http://[bad">x</a>', BASE);
  assert.equal(html, "<a>x</a>");
});

test("text and markup are otherwise left as they were", () => {
  const input = "<h2>Day one</h2>\n<ul>\n<li><code>docker run</code> &#x26; friends</li>\n</ul>";
  assert.equal(absolutizeHtml(input, BASE), input);
});

test("a relative base is a programming error", () => {
  assert.throws(() => absolutizeHtml("<p>x</p>", "/writeups/a"), /absolute base URL/);
});
