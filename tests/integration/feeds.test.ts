/**
 * Feeds on a real database: which writeups each scope lists (never drafts, never
 * the trash), the HTTP answers of the shared route handler, and every format of
 * every scope read by a real feed reader library, Python's feedparser
 * (Debian's python3-feedparser).
 */
import { after, before, test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { DEMO_AUTHOR, seedDemo } from "@/prisma/seed/seed-demo";
import { createWriteup, type MentionInput } from "@/lib/server/services/writeup-lifecycle";
import { authorFeed, conferenceFeed, FEED_SIZE, siteFeed, speakerFeed, talkFeed, type FeedData } from "@/lib/server/repositories/feeds";
import { feedResponse, type FeedRequest } from "@/lib/server/http/feed-response";
import { getDb } from "@/lib/server/db";
import { FEED_FORMATS, feedPath, feedTitle } from "@/lib/core/feeds/feed-links";
import type { FeedFormat } from "@/lib/core/feeds/types";
import { jsonFeedSchema } from "../unit/feeds/json-feed-schema";
import { createTestDb, type TestDb } from "../helpers/test-db";

const ORIGIN = "https://hallway.test";
const DOCKERCON = "dockercon-eu-2017";
const CONTAINER_CAMP = "container-camp-au-2017";
const DOCKER_500 = "docker-500-going-fast-while-protecting-data";
const DOCKER_500_TITLE = "Docker 500: Going Fast while Protecting Data";

// The demo's four writeups, newest first: Docker 500 is covered by the first two, Diogo Mónica is named in three.
const SECURITY = "Security, from Sydney to Copenhagen"; // Priya, filed under both conferences
const COPENHAGEN = "Three days in Copenhagen: DockerCon Europe 2017"; // Maja (DEMO_AUTHOR)
const DAY_TWO = "DockerCon EU day two: the enterprise day"; // Tom
const SYDNEY = "Container Camp AU 2017: notes from Sydney"; // Tom
const MEETING = "Container Camp & the “least privilege” talk";
const REJECTED = "Not about Docker 500 after all";
const DRAFT = "DRAFT notes on Docker 500";
const TRASHED = "TRASHED notes on Docker 500";
// Who wrote each public writeup (the test's own are by Sam and by Maja).
const AUTHOR_OF: Record<string, string> = {
  [SECURITY]: "Priya Raman",
  [COPENHAGEN]: "Maja Lindqvist",
  [DAY_TWO]: "Tom Okafor",
  [SYDNEY]: "Tom Okafor",
  [MEETING]: "Sam Writer",
  [REJECTED]: "Maja Lindqvist",
};

let t: TestDb;
let env: { DATABASE_URL?: string; HALLWAY_URL?: string };
const ids = { docker500: "", diogo: "", dockercon: "", containerCamp: "", maja: "", sam: "" };

function mentionOf(body: string, text: string, m: Omit<MentionInput, "start" | "end" | "text">): MentionInput {
  const start = body.indexOf(text);
  assert.ok(start >= 0, `${text} is not in the body`);
  return { ...m, start, end: start + text.length, text };
}

before(async () => {
  t = await createTestDb();
  // feedResponse reads the process's database and public origin, as the routes do.
  env = { DATABASE_URL: process.env.DATABASE_URL, HALLWAY_URL: process.env.HALLWAY_URL };
  process.env.DATABASE_URL = t.url;
  process.env.HALLWAY_URL = ORIGIN;

  const seeded = await seedDemo(t.db);
  assert.deepEqual(seeded.notes, [], "the demo loads into an empty database");
  const db = t.db;
  const docker500 = await db.talk.findFirstOrThrow({ where: { slug: DOCKER_500, conference: { slug: DOCKERCON } } });
  const diogo = await db.speaker.findUniqueOrThrow({ where: { slug: "diogo-monica" } });
  const dockercon = await db.conference.findUniqueOrThrow({ where: { slug: DOCKERCON } });
  const containerCamp = await db.conference.findUniqueOrThrow({ where: { slug: CONTAINER_CAMP } });
  const maja = await db.user.findUniqueOrThrow({ where: { email: DEMO_AUTHOR.email } });
  const sam = await db.user.create({ data: { name: "Sam Writer", username: "sam", email: "sam@example.test" } });
  Object.assign(ids, { docker500: docker500.id, diogo: diogo.id, dockercon: dockercon.id, containerCamp: containerCamp.id, maja: maja.id, sam: sam.id });

  const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

  // Names Diogo directly (no talk), filed under Container Camp; relative links inside.
  const meeting = "I met Diogo Mónica in the hallway. See [the programme](/conferences/container-camp-au-2017) and the note[^1].\n\n[^1]: Sydney, 2017.\n";
  await createWriteup(db, {
    authorId: sam.id,
    title: MEETING,
    body: meeting,
    conferenceIds: [containerCamp.id],
    status: "published",
    publishedAt: later(1),
    mentions: [mentionOf(meeting, "Diogo Mónica", { kind: "speaker", speakerId: diogo.id, source: "explicit" })],
  });

  // Everything the Docker 500 feeds would list, but a draft, and one in the trash.
  const notes = "Docker 500 by Diogo Mónica was great.\n";
  const docker500Mentions = [
    mentionOf(notes, "Docker 500", { kind: "talk", talkId: docker500.id, source: "explicit" }),
    mentionOf(notes, "Diogo Mónica", { kind: "speaker", speakerId: diogo.id, source: "explicit" }),
  ];
  for (const [title, status] of [[DRAFT, "draft"], [TRASHED, "published"]] as const) {
    await createWriteup(db, { authorId: maja.id, title, body: notes, conferenceIds: [dockercon.id], status, publishedAt: later(2), mentions: docker500Mentions });
  }
  await db.writeup.updateMany({ where: { title: TRASHED }, data: { deletedAt: new Date() } });

  // A talk mention the author rejected, and no conference: in the site's and the author's feeds only.
  const rejected = "Docker 500 is a number, not the talk.\n";
  await createWriteup(db, {
    authorId: maja.id,
    title: REJECTED,
    body: rejected,
    conferenceIds: [],
    status: "published",
    publishedAt: later(3),
    mentions: [mentionOf(rejected, "Docker 500", { kind: "talk", talkId: docker500.id, source: "rejected" })],
  });
});

after(async () => {
  await getDb().$disconnect();
  await t.drop();
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const titles = (feed: FeedData | null) => feed?.items.map((i) => i.title);

test("each scope lists its public writeups, newest first", async () => {
  assert.deepEqual(titles(await siteFeed(t.db)), [REJECTED, MEETING, SECURITY, COPENHAGEN, DAY_TWO, SYDNEY]);
  assert.deepEqual(titles(await conferenceFeed(t.db, DOCKERCON)), [SECURITY, COPENHAGEN, DAY_TWO], "covers its talks");
  assert.deepEqual(titles(await conferenceFeed(t.db, CONTAINER_CAMP)), [MEETING, SECURITY, SYDNEY], "filed under the conference");
  assert.deepEqual(titles(await talkFeed(t.db, DOCKERCON, DOCKER_500)), [SECURITY, COPENHAGEN]);
  assert.deepEqual(titles(await speakerFeed(t.db, "diogo-monica")), [MEETING, SECURITY, COPENHAGEN, SYDNEY], "covers a talk of theirs, or names them");
  assert.deepEqual(titles(await authorFeed(t.db, DEMO_AUTHOR.username)), [REJECTED, COPENHAGEN]);
  assert.deepEqual(titles(await authorFeed(t.db, "tom")), [DAY_TWO, SYDNEY]);
  assert.deepEqual(titles(await authorFeed(t.db, "sam")), [MEETING]);
});

test("drafts and trashed writeups appear in no feed", async () => {
  const feeds = await Promise.all([
    siteFeed(t.db),
    conferenceFeed(t.db, DOCKERCON),
    talkFeed(t.db, DOCKERCON, DOCKER_500),
    speakerFeed(t.db, "diogo-monica"),
    authorFeed(t.db, DEMO_AUTHOR.username),
  ]);
  for (const feed of feeds) {
    assert.ok(feed);
    for (const title of [DRAFT, TRASHED]) assert.ok(!titles(feed)?.includes(title), `${title} in ${feed.pagePath || "/"}`);
  }
});

test("an unknown scope is null", async () => {
  assert.equal(await conferenceFeed(t.db, "no-such-conference"), null);
  assert.equal(await talkFeed(t.db, DOCKERCON, "no-such-talk"), null);
  assert.equal(await talkFeed(t.db, CONTAINER_CAMP, DOCKER_500), null, "a talk belongs to its own conference");
  assert.equal(await speakerFeed(t.db, "nobody-at-all"), null);
  assert.equal(await authorFeed(t.db, "nobody"), null);
});

test("items carry the stored HTML, the author, dates and what they cover", async () => {
  const feed = await talkFeed(t.db, DOCKERCON, DOCKER_500);
  const item = feed?.items[1];
  assert.equal(item?.title, COPENHAGEN);
  assert.ok(item);
  const stored = await t.db.writeup.findFirstOrThrow({ where: { title: COPENHAGEN } });
  assert.equal(item.html, stored.bodyHtml);
  assert.equal(item.id, stored.id);
  assert.deepEqual(item.author, { name: "Maja Lindqvist", path: "/authors/maja" });
  assert.equal(item.publishedAt.getTime(), stored.publishedAt?.getTime());
  assert.equal(item.talks.length, 11);
  assert.ok(item.talks.some((talk) => talk.title === DOCKER_500_TITLE && talk.path === `/conferences/${DOCKERCON}/talks/${DOCKER_500}`));
  assert.ok(item.speakers.some((s) => s.name === "Diogo Mónica" && s.path === "/speakers/diogo-monica"));
  assert.deepEqual(feed?.scope, { kind: "talk", title: DOCKER_500_TITLE, conference: "DockerCon Europe 2017" });
});

// ─────────────────────────── HTTP ───────────────────────────

const SCOPES: Array<{ request: FeedRequest; path: string; title: string; entries: string[] }> = [
  { request: { kind: "site" }, path: "", title: feedTitle({ kind: "site" }), entries: [REJECTED, MEETING, SECURITY, COPENHAGEN, DAY_TWO, SYDNEY] },
  {
    request: { kind: "conference", conference: DOCKERCON },
    path: `/conferences/${DOCKERCON}`,
    title: "Hallway — Writeups of “DockerCon Europe 2017”",
    entries: [SECURITY, COPENHAGEN, DAY_TWO],
  },
  {
    request: { kind: "talk", conference: DOCKERCON, talk: DOCKER_500 },
    path: `/conferences/${DOCKERCON}/talks/${DOCKER_500}`,
    title: `Hallway — Writeups of “${DOCKER_500_TITLE}”`,
    entries: [SECURITY, COPENHAGEN],
  },
  {
    request: { kind: "speaker", speaker: "diogo-monica" },
    path: "/speakers/diogo-monica",
    title: "Hallway — Writeups about Diogo Mónica",
    entries: [MEETING, SECURITY, COPENHAGEN, SYDNEY],
  },
  { request: { kind: "author", username: "maja" }, path: "/authors/maja", title: "Hallway — Writeups by Maja Lindqvist", entries: [REJECTED, COPENHAGEN] },
];

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

const request = (path: string, headers: Record<string, string> = {}) => new Request(`${ORIGIN}${path}`, { headers });

test("the handler answers 200 with the type and validators, then 304 with no body", async () => {
  for (const scope of SCOPES) {
    for (const format of FEED_FORMATS) {
      const path = feedPath(scope.path, format);
      const res = await feedResponse(request(path), format, scope.request);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get("content-type"), CONTENT_TYPES[format], path);
      const etag = res.headers.get("etag");
      const lastModified = res.headers.get("last-modified");
      assert.match(etag ?? "", /^W\/".+"$/);
      assert.ok(lastModified && !Number.isNaN(Date.parse(lastModified)));
      const again = await feedResponse(request(path, { "If-None-Match": etag ?? "" }), format, scope.request);
      assert.equal(again.status, 304, path);
      assert.equal(await again.text(), "");
      const since = await feedResponse(request(path, { "If-Modified-Since": lastModified ?? "" }), format, scope.request);
      assert.equal(since.status, 304, `${path} If-Modified-Since`);
    }
  }
});

test("unknown scopes are 404; a merged speaker's old feed URL moves for good", async () => {
  for (const scope of [
    { kind: "talk", conference: DOCKERCON, talk: "no-such-talk" },
    { kind: "conference", conference: "nope" },
    { kind: "speaker", speaker: "nobody-at-all" },
    { kind: "author", username: "nobody" },
  ] satisfies FeedRequest[]) {
    const res = await feedResponse(request("/x/feed.xml"), "rss", scope);
    assert.equal(res.status, 404, JSON.stringify(scope));
  }
  await t.db.speakerSlugRedirect.create({ data: { slug: "diogo-monica-old", speakerId: ids.diogo } });
  const moved = await feedResponse(request("/speakers/diogo-monica-old/atom.xml"), "atom", { kind: "speaker", speaker: "diogo-monica-old" });
  assert.equal(moved.status, 308);
  assert.equal(moved.headers.get("location"), "/speakers/diogo-monica/atom.xml");
});

test("an edited writeup changes the body, so its old ETag no longer matches", async () => {
  const scope: FeedRequest = { kind: "author", username: "sam" };
  const first = await feedResponse(request("/authors/sam/feed.xml"), "rss", scope);
  const etag = first.headers.get("etag") ?? "";
  await t.db.writeup.updateMany({ where: { title: MEETING }, data: { title: `${MEETING} (edited)` } });
  const res = await feedResponse(request("/authors/sam/feed.xml", { "If-None-Match": etag }), "rss", scope);
  assert.equal(res.status, 200);
  assert.match(await res.text(), /\(edited\)/);
  await t.db.writeup.updateMany({ where: { title: `${MEETING} (edited)` }, data: { title: MEETING } });
});

// ──────────────────── a real feed reader: feedparser ────────────────────

interface Parsed {
  bozo: number;
  bozo_exception: string;
  version: string;
  title: string | null;
  link: string | null;
  entries: Array<{
    title: string | null;
    link: string | null;
    id: string | null;
    author: string | null;
    published: string | null;
    updated: string | null;
    tags: Array<{ term: string | null; scheme: string | null }>;
  }>;
}

const FEEDPARSER = `
import sys, json, time, html, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
iso = lambda t: time.strftime("%Y-%m-%dT%H:%M:%SZ", t) if t else None
# An HTML title (Atom type="html") is shown as its text.
text = lambda e, k: html.unescape(e.get(k)) if e.get(k + "_detail", {}).get("type") == "text/html" else e.get(k)
print(json.dumps({
  "bozo": int(d.bozo), "bozo_exception": str(d.get("bozo_exception", "")), "version": d.version,
  "title": text(d.feed, "title"), "link": d.feed.get("link"),
  "entries": [{
    "title": text(e, "title"), "link": e.get("link"), "id": e.get("id"), "author": e.get("author"),
    "published": iso(e.get("published_parsed")), "updated": iso(e.get("updated_parsed")),
    "tags": [{"term": g.get("term"), "scheme": g.get("scheme")} for g in e.get("tags", [])],
  } for e in d.entries],
}))
`;

/** A Python that can import feedparser: Debian's package lives in /usr/bin/python3's dist-packages. */
function feedparserPython(): string | null {
  for (const candidate of [process.env.FEEDPARSER_PYTHON, "/usr/bin/python3", "python3"]) {
    if (candidate && spawnSync(candidate, ["-c", "import feedparser"]).status === 0) return candidate;
  }
  return null;
}

function feedparse(python: string, body: string): Parsed {
  const run = spawnSync(python, ["-c", FEEDPARSER], { input: body, encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Parsed;
}

const isoSeconds = (d: Date | null | undefined) => (d ? d.toISOString().replace(/\.\d{3}Z$/, "Z") : null);

test("every format of every scope parses cleanly in feedparser", async (t2: TestContext) => {
  const python = feedparserPython();
  if (!python) {
    t2.skip("python3-feedparser is not installed (apt-get install -y python3-feedparser): feeds were not checked with a real reader");
    return;
  }
  const writeups = new Map(
    (await t.db.writeup.findMany({ select: { id: true, slug: true, title: true, createdAt: true, publishedAt: true, updatedAt: true } })).map((w) => [w.title, w]),
  );
  let jsonUnsupported = false;

  for (const scope of SCOPES) {
    for (const format of FEED_FORMATS) {
      const path = feedPath(scope.path, format);
      const res = await feedResponse(request(path), format, scope.request);
      const body = await res.text();
      // Every URL in the document (links and the HTML inside) is absolute.
      const urls = [...body.matchAll(/(?:href|src)=\\?"([^"\\]*)\\?"/g)].map((m) => m[1] ?? "");
      assert.ok(urls.some((url) => url.includes("/speakers/")), `${path}: links inside the content`);
      for (const url of urls) assert.match(url, /^(https?:|mailto:)/, `${path}: ${url}`);

      const parsed = feedparse(python, body);
      if (format === "json" && !parsed.version.startsWith("json")) {
        // feedparser 6.0 (Debian's) reads RSS and Atom only; check JSON Feed against its spec instead.
        jsonUnsupported = true;
        const json = jsonFeedSchema.parse(JSON.parse(body));
        assert.equal(json.title, scope.title);
        assert.equal(json.home_page_url, `${ORIGIN}${scope.path || "/"}`);
        assert.equal(json.feed_url, `${ORIGIN}${path}`);
        assert.deepEqual(json.items.map((i) => i.title), scope.entries);
        for (const [i, item] of json.items.entries()) {
          const w = writeups.get(scope.entries[i] ?? "");
          assert.ok(w);
          assert.equal(item.url, `${ORIGIN}/writeups/${w.slug}`);
          assert.equal(item.id, `tag:hallway.test,${w.createdAt.toISOString().slice(0, 10)}:writeup:${w.id}`);
          assert.equal(item.date_published, w.publishedAt?.toISOString());
          assert.ok(item.authors[0]?.name);
        }
        continue;
      }

      assert.equal(parsed.bozo, 0, `${path} (${format}): ${parsed.bozo_exception}`);
      assert.equal(parsed.version, { rss: "rss20", atom: "atom10", json: "json11" }[format]);
      assert.equal(parsed.title, scope.title, path);
      assert.equal(parsed.link, `${ORIGIN}${scope.path || "/"}`, path);
      assert.deepEqual(parsed.entries.map((e) => e.title), scope.entries, path);
      for (const [i, entry] of parsed.entries.entries()) {
        const w = writeups.get(scope.entries[i] ?? "");
        assert.ok(w);
        assert.equal(entry.link, `${ORIGIN}/writeups/${w.slug}`, path);
        assert.equal(entry.id, `tag:hallway.test,${w.createdAt.toISOString().slice(0, 10)}:writeup:${w.id}`, path);
        assert.equal(entry.author, AUTHOR_OF[w.title], path);
        assert.equal(entry.published, isoSeconds(w.publishedAt), `${path} published`);
        assert.equal(entry.updated, isoSeconds(w.updatedAt > (w.publishedAt ?? w.updatedAt) ? w.updatedAt : w.publishedAt), `${path} updated`);
      }
      // Categories: the talks and speakers each writeup covers, with their pages as scheme/domain.
      const seeded = parsed.entries.find((e) => e.title === COPENHAGEN);
      if (seeded) {
        assert.ok(seeded.tags.some((g) => g.term === DOCKER_500_TITLE && g.scheme === `${ORIGIN}/conferences/${DOCKERCON}/talks/${DOCKER_500}`), path);
        assert.ok(seeded.tags.some((g) => g.term === "Diogo Mónica" && g.scheme === `${ORIGIN}/speakers/diogo-monica`), path);
      }
      const meeting = parsed.entries.find((e) => e.title === MEETING);
      if (meeting) assert.deepEqual(meeting.tags, [{ term: "Diogo Mónica", scheme: `${ORIGIN}/speakers/diogo-monica` }], path);
    }
  }
  if (jsonUnsupported) t2.diagnostic("this feedparser has no JSON Feed support; JSON feeds were checked against the JSON Feed 1.1 schema");
});

// ───────────── changes (last: they add and remove writeups) ─────────────

test("a feed holds the newest 50", async () => {
  const prolific = await t.db.user.create({ data: { name: "Prolific", username: "prolific" } });
  const base = Date.UTC(2020, 0, 1);
  await t.db.writeup.createMany({
    data: Array.from({ length: FEED_SIZE + 5 }, (_, i) => ({
      authorId: prolific.id,
      slug: `prolific-${i}`,
      title: `Writeup ${i}`,
      body: "x",
      bodyHtml: "<p>x</p>",
      status: "published",
      publishedAt: new Date(base + i * 86_400_000),
    })),
  });
  const feed = await authorFeed(t.db, "prolific");
  assert.equal(feed?.items.length, FEED_SIZE);
  assert.equal(feed?.items[0]?.title, `Writeup ${FEED_SIZE + 4}`);
  assert.equal(feed?.items.at(-1)?.title, "Writeup 5");
  assert.equal((await siteFeed(t.db)).items.length, FEED_SIZE);
  await t.db.user.delete({ where: { id: prolific.id } });
});

test("lastModified moves forward when a writeup leaves the feed", async () => {
  const body = "Diogo Mónica again.\n";
  const w = await createWriteup(t.db, {
    authorId: ids.sam,
    title: "Soon in the trash",
    body,
    conferenceIds: [],
    status: "published",
    publishedAt: new Date(Date.now() + 3_600_000),
    mentions: [mentionOf(body, "Diogo Mónica", { kind: "speaker", speakerId: ids.diogo, source: "explicit" })],
  });
  const before = await speakerFeed(t.db, "diogo-monica");
  assert.equal(before?.items[0]?.title, "Soon in the trash");
  await new Promise((resolve) => setTimeout(resolve, 5));
  const trashed = await t.db.writeup.update({ where: { id: w.id }, data: { deletedAt: new Date() } });
  const afterTrash = await speakerFeed(t.db, "diogo-monica");
  assert.deepEqual(titles(afterTrash), [MEETING, SECURITY, COPENHAGEN, SYDNEY]);
  assert.ok(afterTrash && before && afterTrash.lastModified > before.lastModified);
  assert.equal(afterTrash?.lastModified.getTime(), trashed.updatedAt.getTime());
  // An empty feed still has a date: the scope's own.
  const quiet = await t.db.speaker.findFirstOrThrow({ where: { mentions: { none: {} }, talks: { none: { talk: { mentions: { some: {} } } } } } });
  const empty = await speakerFeed(t.db, quiet.slug);
  assert.deepEqual(empty?.items, []);
  assert.equal(empty?.lastModified.getTime(), quiet.updatedAt.getTime());
});
