import { test } from "node:test";
import assert from "node:assert/strict";
import { feedDescription, feedPath, feedTitle } from "@/lib/core/feeds/feed-links";
import { feedAlternates } from "@/components/feeds/feed-alternates";

test("a page's feeds live under its URL; the site's at the root", () => {
  assert.equal(feedPath("/conferences/c/talks/t", "rss"), "/conferences/c/talks/t/feed.xml");
  assert.equal(feedPath("/speakers/x/", "atom"), "/speakers/x/atom.xml");
  assert.equal(feedPath("/authors/demo", "json"), "/authors/demo/feed.json");
  assert.equal(feedPath("", "rss"), "/feed.xml");
  assert.equal(feedPath("/", "json"), "/feed.json");
});

test("feed titles name the site and what the feed follows", () => {
  assert.equal(feedTitle({ kind: "talk", title: "Docker 500: Going Fast while Protecting Data", conference: "DockerCon Europe 2017" }), "Hallway — Writeups of “Docker 500: Going Fast while Protecting Data”");
  assert.equal(feedTitle({ kind: "conference", name: "DockerCon Europe 2017" }), "Hallway — Writeups of “DockerCon Europe 2017”");
  assert.equal(feedTitle({ kind: "speaker", name: "Diogo Mónica" }), "Hallway — Writeups about Diogo Mónica");
  assert.equal(feedTitle({ kind: "author", name: "Demo Attendee" }), "Hallway — Writeups by Demo Attendee");
  assert.equal(feedTitle({ kind: "site" }), "Hallway — Latest writeups");
  assert.match(feedDescription({ kind: "talk", title: "T", conference: "C" }), /“T” at C/);
});

test("feedAlternates lists the page's feeds first, then the site's, for each type", () => {
  const types = feedAlternates("/speakers/diogo-monica", "Hallway — Writeups about Diogo Mónica");
  assert.deepEqual(Object.keys(types), ["application/rss+xml", "application/atom+xml", "application/feed+json"]);
  assert.deepEqual(types["application/rss+xml"], [
    { url: "/speakers/diogo-monica/feed.xml", title: "Hallway — Writeups about Diogo Mónica (RSS)" },
    { url: "/feed.xml", title: "Hallway — Latest writeups (RSS)" },
  ]);
  assert.deepEqual(types["application/feed+json"], [
    { url: "/speakers/diogo-monica/feed.json", title: "Hallway — Writeups about Diogo Mónica (JSON Feed)" },
    { url: "/feed.json", title: "Hallway — Latest writeups (JSON Feed)" },
  ]);
  assert.deepEqual(feedAlternates("", "Hallway — Latest writeups")["application/atom+xml"], [{ url: "/atom.xml", title: "Hallway — Latest writeups (Atom)" }]);
});
