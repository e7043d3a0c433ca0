/**
 * The reader pages' queries (lib/server/queries) decide what a page does
 * before it renders: show, redirect an old address, or answer 404. These pin
 * those decisions on the demo content.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { PUBLIC_WRITEUP } from "@/lib/server/repositories/public-writeup";
import { getWriteupPage } from "@/lib/server/queries/writeup-page";
import { getSpeakerPage } from "@/lib/server/queries/speaker-page";
import { getAuthorPage } from "@/lib/server/queries/author-page";
import { getSearchPage, SEARCH_PER_KIND } from "@/lib/server/queries/search-page";
import { getSitemapIndex, getSitemapPage } from "@/lib/server/queries/sitemaps";
import { getConferenceCalendar } from "@/lib/server/queries/conference-calendar";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let published: { id: string; slug: string; authorId: string };

before(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  published = await t.db.writeup.findFirstOrThrow({ where: PUBLIC_WRITEUP, select: { id: true, slug: true, authorId: true }, orderBy: { id: "asc" } });
  await t.db.writeupSlugRedirect.create({ data: { slug: "an-old-address", writeupId: published.id } });
  const speaker = await t.db.speaker.findFirstOrThrow({ orderBy: { slug: "asc" } });
  await t.db.speakerSlugRedirect.create({ data: { slug: "a-merged-speaker", speakerId: speaker.id } });
});

after(async () => {
  await t.drop();
});

test("a writeup page is published (naming its author, for the author's own Edit link), moved from an old slug, or missing", async () => {
  const found = await getWriteupPage(t.db, published.slug);
  assert.equal(found.kind, "published");
  assert.equal(found.kind === "published" && found.writeup.slug, published.slug);
  // The page is the same for every reader; the Edit link is an island that compares this with who is signed in.
  assert.equal(found.kind === "published" && found.writeup.authorId, published.authorId);
  assert.deepEqual(await getWriteupPage(t.db, "an-old-address"), { kind: "moved", slug: published.slug });
  assert.deepEqual(await getWriteupPage(t.db, "no-such-writeup"), { kind: "missing" });
});

test("a speaker page is found, moved to the speaker a slug was merged into, or missing", async () => {
  const speaker = await t.db.speaker.findFirstOrThrow({ orderBy: { slug: "asc" } });
  const found = await getSpeakerPage(t.db, speaker.slug, 1);
  assert.equal(found.kind === "speaker" && found.speaker.slug, speaker.slug);
  assert.deepEqual(await getSpeakerPage(t.db, "a-merged-speaker", 1), { kind: "moved", slug: speaker.slug });
  assert.deepEqual(await getSpeakerPage(t.db, "nobody-at-all", 1), { kind: "missing" });
});

test("an author page needs a valid username; anything else is missing without a query", async () => {
  assert.equal(await getAuthorPage(t.db, "Not A Username"), null);
  assert.equal(await getAuthorPage(t.db, "nobody-here"), null);
});

test("the search page trims the query, narrows to a known kind only, and searches nothing for an empty query", async () => {
  const empty = await getSearchPage(t.db, { q: "   " });
  assert.deepEqual({ q: empty.q, results: empty.results, total: empty.total }, { q: "", results: null, total: 0 });
  const all = await getSearchPage(t.db, { q: "  docker ", type: "nonsense" });
  assert.equal(all.q, "docker");
  assert.equal(all.only, undefined);
  assert.ok(all.total > 0);
  assert.ok(all.results!.talks.length <= SEARCH_PER_KIND);
  const talks = await getSearchPage(t.db, { q: "docker", type: "talk", page: "2" });
  assert.equal(talks.only, "talk");
  assert.equal(talks.page, 2);
  assert.equal(talks.results!.writeups.length, 0);
});

test("sitemaps: the index names page 1 of every kind; a page past the last or a bad name is not there", async () => {
  const index = await getSitemapIndex(t.db, "https://h.example");
  for (const kind of ["pages", "writeups", "conferences", "talks", "speakers", "authors"]) {
    assert.ok(index.some((s) => s.loc === `https://h.example/sitemaps/${kind}-1.xml`), kind);
  }
  assert.ok((await getSitemapPage(t.db, "talks-1.xml", "https://h.example"))!.length > 0);
  assert.equal(await getSitemapPage(t.db, "talks-999.xml", "https://h.example"), null);
  assert.equal(await getSitemapPage(t.db, "nonsense-1.xml", "https://h.example"), null);
  assert.equal(await getSitemapPage(t.db, "talks-0.xml", "https://h.example"), null);
  assert.equal(await getSitemapPage(t.db, "talks.xml", "https://h.example"), null);
});

test("a conference's calendar is named for its slug and lists its sessions; no conference, no calendar", async () => {
  const calendar = await getConferenceCalendar(t.db, "dockercon-eu-2017", "https://h.example");
  assert.equal(calendar?.filename, "dockercon-eu-2017.ics");
  assert.match(calendar!.body, /BEGIN:VEVENT/);
  assert.equal(await getConferenceCalendar(t.db, "no-such-conference", "https://h.example"), null);
});
