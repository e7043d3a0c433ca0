/**
 * The demo content that ships in prisma/seed/demo: what it loads, that its
 * writeups really link (through detection) and are linked back, that it
 * never loads twice or over someone's content, and that a crash half-way or a
 * reset leaves nothing half-written.
 */
import { after, before, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { DEMO_AUTHORS, planDemoReset, readDemoContent, resetDemo, seedDemo } from "@/prisma/seed/seed-demo";
import { getSpeakerPage } from "@/lib/server/repositories/speakers";
import { getTalkPage } from "@/lib/server/repositories/talks";
import { getPublishedWriteup } from "@/lib/server/repositories/writeups";
import { createWriteup } from "@/lib/server/services/writeup-lifecycle";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
before(async () => {
  t = await createTestDb();
});
after(async () => {
  await t.drop();
});

async function emptyDatabase() {
  await t.db.writeup.deleteMany();
  await t.db.user.deleteMany();
  await t.db.conference.deleteMany();
  await t.db.speaker.deleteMany();
}

async function counts() {
  const [conferences, talks, speakers, users, writeups, mentions] = await Promise.all([
    t.db.conference.count(),
    t.db.talk.count(),
    t.db.speaker.count(),
    t.db.user.count(),
    t.db.writeup.count(),
    t.db.mention.count(),
  ]);
  return { conferences, talks, speakers, users, writeups, mentions };
}

/** The talk and speaker pages a rendered writeup links to. */
function linkedPages(html: string) {
  const hrefs = [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
  const talks = new Set(hrefs.filter((h) => /^\/conferences\/[^/]+\/talks\/[^/]+$/.test(h)));
  const speakers = new Set(hrefs.filter((h) => /^\/speakers\/[^/]+$/.test(h)));
  return { talks, speakers };
}

const SLUGS = ["three-days-in-copenhagen", "notes-from-container-camp-sydney", "dockercon-day-two-enterprise", "security-from-sydney-to-copenhagen"];

beforeEach(emptyDatabase);

test("the demo loads both programmes, three authors with profiles and four writeups, once", async () => {
  const result = await seedDemo(t.db);
  assert.equal(result.seeded, true);
  assert.deepEqual(result.notes, []);

  const cc = await t.db.conference.findUniqueOrThrow({ where: { slug: "container-camp-au-2017" }, include: { talks: true } });
  assert.equal(cc.talks.length, 25);
  assert.equal(cc.talks.filter((x) => x.kind === "workshop").length, 7);
  assert.equal(cc.talks.filter((x) => x.kind === "keynote").length, 1);
  const dc = await t.db.conference.findUniqueOrThrow({ where: { slug: "dockercon-eu-2017" }, include: { talks: true } });
  assert.equal(dc.talks.length, 40);
  assert.deepEqual(dc.talks.filter((x) => x.kind === "keynote").map((x) => x.day).sort(), ["2017-10-17", "2017-10-18"]);
  // Every talk has a summary; none is a copy of a conference's own abstract (they are one sentence).
  for (const talk of [...cc.talks, ...dc.talks]) assert.ok(talk.abstract && talk.abstract.length < 200, `${talk.slug} has a short summary`);

  const authors = await t.db.user.findMany({ where: { email: { in: DEMO_AUTHORS.map((a) => a.email) } }, include: { writeups: true } });
  assert.equal(authors.length, 3);
  for (const a of authors) {
    assert.ok(a.bio && a.username && a.name, `${a.email} has a profile`);
    assert.equal(a.role, "author");
  }
  assert.deepEqual(authors.flatMap((a) => a.writeups.map((w) => w.slug)).sort(), [...SLUGS].sort());

  const again = await seedDemo(t.db);
  assert.equal(again.seeded, false);
  assert.match(again.notes.join(" "), /already has content/);
  assert.equal(await t.db.writeup.count(), 4);
  assert.equal(await t.db.conference.count(), 2);
});

test("each demo writeup links at least six talk pages and six speaker pages, and each linked talk lists it", async () => {
  await seedDemo(t.db);
  for (const slug of SLUGS) {
    const writeup = await getPublishedWriteup(t.db, slug);
    assert.ok(writeup, slug);
    const { talks, speakers } = linkedPages(writeup.bodyHtml);
    assert.ok(talks.size >= 6, `${slug} links ${talks.size} talks`);
    assert.ok(speakers.size >= 6, `${slug} links ${speakers.size} speakers`);
    for (const href of talks) {
      const [, , conference, , talk] = href.split("/");
      const page = await getTalkPage(t.db, conference!, talk!);
      assert.ok(page, `${href} exists`);
      assert.ok(page.coverage.items.some((i) => i.writeup.slug === slug), `${href} lists ${slug}`);
    }
    for (const href of speakers) assert.ok(await getSpeakerPage(t.db, href.split("/")[2]!), `${href} exists`);
  }
  // Links come from detection; nothing in the demo is hand-linked but the one explicit talk-page link.
  const sources = await t.db.mention.groupBy({ by: ["source"], _count: true });
  assert.deepEqual(sources.map((s) => s.source).sort(), ["detected", "explicit"]);
});

test("a speaker page gathers coverage across both conferences, and talk pages gather several writeups", async () => {
  await seedDemo(t.db);
  for (const slug of ["diogo-monica", "liz-rice", "scott-coulton"]) {
    const page = await getSpeakerPage(t.db, slug);
    assert.ok(page, slug);
    const covered = page.talks.filter((x) => x.coverageCount > 0).map((x) => x.conference.slug);
    assert.deepEqual([...new Set(covered)].sort(), ["container-camp-au-2017", "dockercon-eu-2017"], `${slug} has coverage at both`);
  }
  const docker500 = await getTalkPage(t.db, "dockercon-eu-2017", "docker-500-going-fast-while-protecting-data");
  assert.ok(docker500);
  assert.ok(docker500.coverage.total >= 2, `Docker 500 has ${docker500.coverage.total} writeups`);
  const keynote = await getTalkPage(t.db, "dockercon-eu-2017", "day-2-general-session");
  assert.ok(keynote && keynote.coverage.total >= 2, "the day 2 keynote is covered twice");
});

test("a crash half-way through loading leaves the database empty", async () => {
  for (const failAt of ["programme dockercon-eu-2017", "author tom"]) {
    await assert.rejects(
      seedDemo(t.db, {
        afterStep: (step) => {
          if (step === failAt) throw new Error(`crash after ${step}`);
        },
      }),
      new RegExp(`crash after ${failAt}`),
    );
    assert.deepEqual(await counts(), { conferences: 0, talks: 0, speakers: 0, users: 0, writeups: 0, mentions: 0 }, `after a crash at ${failAt}`);
  }
  assert.equal((await seedDemo(t.db)).seeded, true);
});

test("the demo is not loaded into a database that already has content", async () => {
  await t.db.conference.create({ data: { slug: "my-conf-2026", name: "My Conf 2026" } });
  const result = await seedDemo(t.db);
  assert.equal(result.seeded, false);
  assert.deepEqual(await counts(), { conferences: 1, talks: 0, speakers: 0, users: 0, writeups: 0, mentions: 0 });
});

test("a reset says what it deletes, restores the demo, keeps other people's writeups and rolls back on a crash", async () => {
  await seedDemo(t.db);
  const loaded = await counts();
  // People changed things: a demo writeup retitled, a demo talk deleted, and someone else's writeup.
  await t.db.writeup.update({ where: { slug: "three-days-in-copenhagen" }, data: { title: "Changed" } });
  await t.db.talk.deleteMany({ where: { slug: "docker-101" } });
  const sam = await t.db.user.create({ data: { email: "sam@example.test", name: "Sam", username: "sam" } });
  const talk = await t.db.talk.findFirstOrThrow({ where: { slug: "docker-500-going-fast-while-protecting-data" } });
  const body = "Docker 500 was good.\n";
  await createWriteup(t.db, {
    authorId: sam.id,
    title: "Sam's notes",
    body,
    conferenceIds: [talk.conferenceId],
    status: "published",
    mentions: [{ kind: "talk", talkId: talk.id, start: 0, end: 10, text: "Docker 500", source: "explicit" }],
  });

  const plan = await planDemoReset(t.db);
  assert.deepEqual(plan.conferences.map((c) => [c.slug, c.talks]), [["container-camp-au-2017", 25], ["dockercon-eu-2017", 39]]);
  assert.deepEqual(plan.authors.map((a) => a.writeups), [1, 2, 1]);
  assert.deepEqual(plan.otherWriteups.map((w) => w.slug), ["sams-notes"]);

  // A crash after the deletes rolls the reset back whole.
  await assert.rejects(resetDemo(t.db, { afterStep: (s) => { if (s === "deleted") throw new Error("crash"); } }), /crash/);
  assert.equal((await t.db.writeup.findUniqueOrThrow({ where: { slug: "three-days-in-copenhagen" } })).title, "Changed");

  const { deleted } = await resetDemo(t.db);
  assert.equal(deleted.authors.length, 3);
  assert.equal((await t.db.writeup.findUniqueOrThrow({ where: { slug: "three-days-in-copenhagen" } })).title, "Three days in Copenhagen: DockerCon Europe 2017");
  assert.equal(await t.db.talk.count({ where: { slug: "docker-101" } }), 1);
  const after = await counts();
  assert.deepEqual({ ...after, users: after.users - 1, writeups: after.writeups - 1 }, loaded, "the demo as it was loaded, plus Sam and Sam's writeup");
  const kept = await t.db.writeup.findUniqueOrThrow({ where: { slug: "sams-notes" } });
  assert.doesNotMatch(kept.bodyHtml, /<a /, "Sam's writeup is rendered again without the link to the deleted talk");
  assert.match(kept.bodyHtml, /Docker 500 was good/);
});

test("hallway demo --reset asks for --yes, says what it would delete, and changes nothing without it", async () => {
  await seedDemo(t.db);
  const before = await counts();
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/hallway.ts", "demo", ...args], { env: { ...process.env, DATABASE_URL: t.url }, encoding: "utf8" });
  const asked = run("--reset");
  assert.equal(asked.status, 2);
  assert.match(asked.stderr, /the conference DockerCon Europe 2017 \(dockercon-eu-2017\) and its 40 talks/);
  assert.match(asked.stderr, /the demo author Tom Okafor <tom@demo\.hallway\.example> and their 2 writeups/);
  assert.match(asked.stderr, /--yes/);
  const again = run();
  assert.equal(again.status, 2);
  assert.match(again.stderr, /already has content/);
  assert.deepEqual(await counts(), before);
  const done = run("--reset", "--yes");
  assert.equal(done.status, 0, done.stderr);
  assert.match(done.stdout, /Loaded the demo: 2 conferences, 65 talks/);
});

test("the demo files are the project's own: every writeup has an author and parses", () => {
  const content = readDemoContent();
  assert.equal(content.programmes.length, 2);
  assert.deepEqual(content.authors.flatMap((a) => a.files.map((f) => f.slug)).sort(), [...SLUGS].sort());
});
