import { test } from "node:test";
import assert from "node:assert/strict";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildAtom, buildJsonFeed, buildRss } from "@/lib/core/feeds/build-feeds";
import { writeupGuid } from "@/lib/core/feeds/writeup-guid";
import { jsonFeedSchema } from "./json-feed-schema";
import { ORIGIN, channel, feedItem } from "./fixtures";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", cdataPropName: "#cdata", isArray: (name) => ["item", "entry", "category"].includes(name) });

/** The text of a CDATA node; a "]]>" inside splits it into several sections. */
const cdata = (node: unknown) => {
  const value = (node as Record<string, unknown>)["#cdata"];
  return Array.isArray(value) ? value.join("") : String(value);
};

function parseXml(xml: string) {
  const valid = XMLValidator.validate(xml);
  assert.equal(valid, true, `not well-formed: ${JSON.stringify(valid)}`);
  return parser.parse(xml) as Record<string, Record<string, unknown>>;
}

const GUID = "tag:hallway.example,2017-10-18:writeup:clwriteup0001";
const TALK_URL = `${ORIGIN}/conferences/dockercon-eu-2017/talks/docker-500`;
const SELF = `${ORIGIN}/conferences/dockercon-eu-2017/talks/docker-500`;

/** Every href/src in an HTML string. */
const urlsIn = (html: string) => [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1] ?? "");

test("the guid is a tag: URI from the writeup id and its creation day, on the site's host", () => {
  assert.equal(writeupGuid(ORIGIN, "clwriteup0001", new Date("2017-10-18T23:59:59Z")), GUID);
  assert.equal(writeupGuid("http://localhost:3000", "abc", new Date("2020-01-02T00:00:00Z")), "tag:localhost,2020-01-02:writeup:abc");
});

test("RSS 2.0: absolute links, guid, dates, author and categories", () => {
  const xml = buildRss([feedItem()], channel());
  const rss = parseXml(xml).rss as Record<string, unknown>;
  assert.equal((rss as Record<string, string>)["@version"], "2.0");
  const ch = rss.channel as Record<string, unknown>;
  assert.equal(ch.title, channel().title);
  assert.equal(ch.link, SELF);
  assert.equal(ch.lastBuildDate, "Fri, 20 Oct 2017 12:00:00 GMT");
  assert.deepEqual(ch["atom:link"], { "@href": `${SELF}/feed.xml`, "@rel": "self", "@type": "application/rss+xml" });

  const [item] = ch.item as Array<Record<string, unknown>>;
  assert.ok(item);
  assert.equal((item.title as Record<string, string>)["#cdata"], "My Journey to DockerCon");
  assert.equal(item.link, `${ORIGIN}/writeups/my-journey-to-dockercon`);
  assert.deepEqual(item.guid, { "#text": GUID, "@isPermaLink": "false" });
  assert.equal(item.pubDate, "Thu, 19 Oct 2017 09:30:00 GMT");
  assert.equal(item["atom:updated"], "2017-10-20T12:00:00.000Z");
  assert.equal(item["dc:creator"], "Demo Attendee");
  assert.equal(item.author, undefined, "RSS <author> must be an email; we use dc:creator");
  assert.deepEqual(item.category, [
    { "#text": "Docker 500: Going Fast while Protecting Data", "@domain": TALK_URL },
    { "#text": "Diogo Mónica", "@domain": `${ORIGIN}/speakers/diogo-monica` },
    { "#text": "Solomon Hykes", "@domain": `${ORIGIN}/speakers/solomon-hykes` },
  ]);
  const content = (item["content:encoded"] as Record<string, string>)["#cdata"] ?? "";
  assert.match(content, /<a href="https:\/\/hallway\.example\/speakers\/diogo-monica" class="mention mention-speaker">Diogo Mónica<\/a>/);
  assert.ok(urlsIn(content).length >= 5);
  for (const url of urlsIn(content)) assert.match(url, /^https:\/\//);
  assert.equal((item.description as Record<string, string>)["#cdata"], "Two days of containers in Copenhagen.");
});

test("Atom 1.0: ids, self and alternate links, published and updated, author, categories with scheme", () => {
  const xml = buildAtom([feedItem()], channel());
  const feed = parseXml(xml).feed as Record<string, unknown>;
  assert.equal(feed["@xmlns"], "http://www.w3.org/2005/Atom");
  assert.equal(feed.id, `${SELF}/atom.xml`);
  assert.equal(feed.updated, "2017-10-20T12:00:00.000Z");
  assert.deepEqual(feed.link, [
    { "@rel": "alternate", "@href": SELF },
    { "@rel": "self", "@href": `${SELF}/atom.xml` },
  ]);
  const [entry] = feed.entry as Array<Record<string, unknown>>;
  assert.ok(entry);
  assert.equal(entry.id, GUID);
  assert.deepEqual(entry.link, { "@href": `${ORIGIN}/writeups/my-journey-to-dockercon` });
  assert.equal(entry.published, "2017-10-19T09:30:00.000Z");
  assert.equal(entry.updated, "2017-10-20T12:00:00.000Z");
  assert.deepEqual(entry.author, { name: "Demo Attendee", uri: `${ORIGIN}/authors/demo` });
  assert.deepEqual((entry.category as Array<Record<string, string>>)[0], {
    "@label": "Docker 500: Going Fast while Protecting Data",
    "@scheme": TALK_URL,
    "@term": "Docker 500: Going Fast while Protecting Data",
  });
  assert.equal((entry.category as unknown[]).length, 3);
  const content = (entry.content as Record<string, string>)["#cdata"] ?? "";
  for (const url of urlsIn(content)) assert.match(url, /^https:\/\//);
});

test("JSON Feed 1.1: valid against the spec's shape, with authors, dates and tags", () => {
  const json = jsonFeedSchema.parse(JSON.parse(buildJsonFeed([feedItem()], channel())));
  assert.equal(json.feed_url, `${SELF}/feed.json`);
  assert.equal(json.home_page_url, SELF);
  assert.equal(json.authors, undefined, "only an author's own feed has feed-level authors");
  const [item] = json.items;
  assert.ok(item);
  assert.equal(item.id, GUID);
  assert.equal(item.url, `${ORIGIN}/writeups/my-journey-to-dockercon`);
  assert.equal(item.date_published, "2017-10-19T09:30:00.000Z");
  assert.equal(item.date_modified, "2017-10-20T12:00:00.000Z");
  assert.deepEqual(item.authors, [{ name: "Demo Attendee", url: `${ORIGIN}/authors/demo` }]);
  assert.deepEqual(item.tags, ["Docker 500: Going Fast while Protecting Data", "Diogo Mónica", "Solomon Hykes"]);
  assert.equal(item.summary, "Two days of containers in Copenhagen.");
  for (const url of urlsIn(item.content_html)) assert.match(url, /^https:\/\//);
});

test("an author's feed names its author at feed level", () => {
  const own = channel({ pagePath: "/authors/demo", title: "Hallway — Writeups by Demo Attendee", author: { name: "Demo Attendee", path: "/authors/demo" } });
  const json = jsonFeedSchema.parse(JSON.parse(buildJsonFeed([feedItem()], own)));
  assert.deepEqual(json.authors, [{ name: "Demo Attendee", url: `${ORIGIN}/authors/demo` }]);
  const feed = parseXml(buildAtom([feedItem()], own)).feed as Record<string, unknown>;
  assert.deepEqual(feed.author, { name: "Demo Attendee", uri: `${ORIGIN}/authors/demo` });
});

test("the site feed lives at the root", () => {
  const site = channel({ pagePath: "" });
  const ch = (parseXml(buildRss([], site)).rss as Record<string, Record<string, unknown>>).channel ?? {};
  assert.equal(ch.link, `${ORIGIN}/`);
  assert.deepEqual(ch["atom:link"], { "@href": `${ORIGIN}/feed.xml`, "@rel": "self", "@type": "application/rss+xml" });
  assert.equal(JSON.parse(buildJsonFeed([], site)).feed_url, `${ORIGIN}/feed.json`);
});

test("the same input gives the same bytes (so a hash of the body is a valid ETag)", () => {
  for (const build of [buildRss, buildAtom, buildJsonFeed]) {
    assert.equal(build([feedItem()], channel()), build([feedItem()], channel()));
  }
});

test("updated is never before published", () => {
  const item = feedItem({ publishedAt: new Date("2017-11-01T00:00:00Z"), updatedAt: new Date("2017-10-01T00:00:00Z") });
  const [entry] = (parseXml(buildAtom([item], channel())).feed as Record<string, Array<Record<string, unknown>>>).entry ?? [];
  assert.equal(entry?.updated, "2017-11-01T00:00:00.000Z");
});

test("hostile text keeps every format well-formed and round-trips", () => {
  const title = 'Tags & <template> "quoted" ]]> end\u0001';
  const item = feedItem({
    title,
    html: "<p>A ]]> in text &#x26; <code>&#x3C;b></code>\u0008</p>",
    summary: "Sum & <b>",
    author: { name: "Ann & <Bob>", path: null },
    talks: [{ title: "<template> & you", path: "/conferences/c/talks/t", conference: "C" }],
    speakers: [{ name: 'Zoë "Z" <z>', path: "/speakers/z" }],
  });
  const rssDoc = parseXml(buildRss([item], channel({ title: "A & B <c>" })));
  const rssItem = ((rssDoc.rss as Record<string, Record<string, unknown>>).channel?.item as Array<Record<string, unknown>>)[0] ?? {};
  assert.equal(cdata(rssItem.title), 'Tags & <template> "quoted" ]]> end');
  assert.equal(cdata(rssItem["content:encoded"]), "<p>A ]]> in text &#x26; <code>&#x3C;b></code></p>");
  assert.deepEqual(
    (rssItem.category as Array<Record<string, string>>).map((c) => c["#text"]),
    ["<template> & you", 'Zoë "Z" <z>'],
  );

  const atom = buildAtom([item], channel({ title: "A & B <c>" }));
  const atomDoc = parseXml(atom);
  const entry = ((atomDoc.feed as Record<string, unknown>).entry as Array<Record<string, unknown>>)[0] ?? {};
  assert.match(atom, /term="&lt;template> &amp; you"/);
  assert.match(atom, /label="Zoë &quot;Z&quot; &lt;z>"/);
  assert.equal(cdata(entry.title), "Tags &amp; &lt;template&gt; &quot;quoted&quot; ]]&gt; end");
  assert.equal((entry.author as Record<string, unknown>).uri, undefined);

  const json = jsonFeedSchema.parse(JSON.parse(buildJsonFeed([item], channel())));
  assert.equal(json.items[0]?.title, 'Tags & <template> "quoted" ]]> end');
  assert.deepEqual(json.items[0]?.tags, ["<template> & you", 'Zoë "Z" <z>']);
});

test("an empty body still gives each item some content", () => {
  const item = feedItem({ html: "  ", summary: null, title: "Short & sweet" });
  const json = jsonFeedSchema.parse(JSON.parse(buildJsonFeed([item], channel())));
  assert.equal(json.items[0]?.content_html, "<p>Short &amp; sweet</p>");
  parseXml(buildRss([item], channel()));
});
