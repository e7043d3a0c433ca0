/**
 * The reader pages' queries (issue 7 rewrote them as raw SQL over the join
 * tables, for speed) still answer exactly what Prisma's relation filters did:
 * counted per distinct public writeup, newest first, never a draft, never the
 * trash, never through a rejected mention. Each result is checked against a
 * plain Prisma query that states the rule directly.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createWriteup, type MentionInput } from "@/lib/server/services/writeup-lifecycle";
import type { Db, Prisma } from "@/lib/server/db";
import { coverageCounts, coverageOfSpeaker, coverageOfTalk, coverageOfTalks } from "@/lib/server/repositories/coverage";
import { getConferenceProgramme, getConferenceCalendarTalks, listConferences, listConferenceWriteups } from "@/lib/server/repositories/conferences";
import { getSpeakerPage } from "@/lib/server/repositories/speakers";
import { listPublishedWriteups } from "@/lib/server/repositories/writeups";
import { sitemapCounts, sitemapEntries } from "@/lib/server/repositories/sitemap";
import { PUBLIC_WRITEUP } from "@/lib/server/repositories/public-writeup";
import { createTestDb, type TestDb } from "../helpers/test-db";

const DOCKERCON = "dockercon-eu-2017";
const DOCKER_500 = "docker-500-going-fast-while-protecting-data";

let t: TestDb;
const ids = { dockercon: "", docker500: "", other: "", diogo: "" };

function mentionOf(body: string, text: string, m: Omit<MentionInput, "start" | "end" | "text">, from = 0): MentionInput {
  const start = body.indexOf(text, from);
  assert.ok(start >= 0, `${text} is not in the body`);
  return { ...m, start, end: start + text.length, text };
}

before(async () => {
  t = await createTestDb();
  const seeded = await seedDemo(t.db);
  assert.deepEqual(seeded.notes, [], "the demo loads into an empty database");
  const db = t.db;
  const dockercon = await db.conference.findUniqueOrThrow({ where: { slug: DOCKERCON } });
  const docker500 = await db.talk.findFirstOrThrow({ where: { slug: DOCKER_500, conferenceId: dockercon.id } });
  const other = await db.talk.findFirstOrThrow({ where: { conferenceId: dockercon.id, id: { not: docker500.id } }, orderBy: { slug: "asc" } });
  const diogo = await db.speaker.findUniqueOrThrow({ where: { slug: "diogo-monica" } });
  Object.assign(ids, { dockercon: dockercon.id, docker500: docker500.id, other: other.id, diogo: diogo.id });
  const author = await db.user.create({ data: { name: "Reader Tests", username: "reader-tests" } });

  const body = "Docker 500 was great. Later, Docker 500 again, and the other talk. Diogo Mónica spoke.\n";
  const talkMention = (source: MentionInput["source"], from = 0) => mentionOf(body, "Docker 500", { kind: "talk", talkId: docker500.id, source }, from);
  const otherMention = mentionOf(body, "the other talk", { kind: "talk", talkId: other.id, source: "explicit" });
  const speakerMention = mentionOf(body, "Diogo Mónica", { kind: "speaker", speakerId: diogo.id, source: "explicit" });
  const at = (day: number) => new Date(Date.UTC(2030, 0, day));
  const make = (title: string, status: "draft" | "published", day: number, mentions: MentionInput[], conferenceIds = [dockercon.id]) =>
    createWriteup(db, { authorId: author.id, title, body, conferenceIds, status, publishedAt: at(day), mentions });

  // Two mentions of the talk in one writeup: it still counts once.
  await make("Twice", "published", 1, [talkMention("explicit"), talkMention("detected", 1), speakerMention]);
  for (let day = 2; day <= 6; day++) await make(`Covers ${day}`, "published", day, [talkMention("confirmed"), otherMention]);
  await make("Only the other talk", "published", 7, [otherMention], []);
  await make("Rejected", "published", 8, [talkMention("rejected")]);
  await make("A draft", "draft", 9, [talkMention("explicit"), speakerMention]);
  const trashed = await make("Trashed", "published", 10, [talkMention("explicit"), speakerMention]);
  await db.writeup.update({ where: { id: trashed.id }, data: { deletedAt: new Date() } });
});

after(async () => {
  await t.drop();
});

/** The rule, stated with Prisma's relation filters: public writeups with a live mention of the talk, newest first. */
async function expectedCoverage(db: Db, where: Prisma.MentionWhereInput) {
  const rows = await db.writeup.findMany({
    where: { ...PUBLIC_WRITEUP, mentions: { some: { ...where, source: { not: "rejected" } } } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}

test("coverage counts distinct public writeups through live mentions, by talk list or by conference", async () => {
  const talks = await t.db.talk.findMany({ where: { conferenceId: ids.dockercon }, select: { id: true } });
  const byList = await coverageCounts(t.db, talks.map((x) => x.id));
  const byConference = await coverageCounts(t.db, { conferenceId: ids.dockercon });
  assert.deepEqual([...byConference.entries()].sort(), [...byList.entries()].sort());
  for (const { id } of talks) assert.equal(byList.get(id) ?? 0, (await expectedCoverage(t.db, { talkId: id })).length, `talk ${id}`);
  assert.equal(byList.get(ids.docker500), 8, "the two demo writeups that link it, Twice and Covers 2–6; not the rejected, draft or trashed one");
  assert.deepEqual(await coverageCounts(t.db, []), new Map());
});

test("a talk's and a speaker's coverage pages list the public writeups newest first, with the first mention's excerpt", async () => {
  const all = await expectedCoverage(t.db, { talkId: ids.docker500 });
  const first = await coverageOfTalk(t.db, ids.docker500, 1, 4);
  const second = await coverageOfTalk(t.db, ids.docker500, 2, 4);
  assert.deepEqual([...first.items, ...second.items].map((i) => i.writeup.slug), all);
  assert.equal(first.total, all.length);
  assert.equal(first.pages, 2);
  const twice = first.items.concat(second.items).find((i) => i.writeup.title === "Twice");
  assert.ok(twice?.excerpt.startsWith("Docker 500 was great"), "the excerpt around the first mention");

  const speaker = await coverageOfSpeaker(t.db, ids.diogo, 1, 50);
  assert.deepEqual(speaker.items.map((i) => i.writeup.slug), await expectedCoverage(t.db, { speakerId: ids.diogo }));
});

test("coverage of a page of talks at once matches the talks one by one", async () => {
  const talkIds = [ids.docker500, ids.other];
  const batch = await coverageOfTalks(t.db, talkIds, 3);
  for (const id of talkIds) {
    const single = await coverageOfTalk(t.db, id, 1, 3);
    assert.equal(batch.get(id)?.total, single.total, `total of ${id}`);
    assert.deepEqual(batch.get(id)?.items, single.items, `newest three of ${id}`);
  }
  assert.equal((await coverageOfTalks(t.db, [], 3)).size, 0);
});

test("the speaker page gives each talk its count and newest coverage", async () => {
  const page = await getSpeakerPage(t.db, "diogo-monica");
  assert.ok(page && page.talks.length > 0);
  for (const talk of page.talks) {
    const single = await coverageOfTalk(t.db, talk.id, 1, 3);
    assert.equal(talk.coverageCount, single.total);
    assert.deepEqual(talk.coverage, single.items);
  }
});

test("the programme: talks in order with their speakers in order, coverage badges and the conference's writeups", async () => {
  const data = await getConferenceProgramme(t.db, DOCKERCON);
  assert.ok(data);
  const expected = await t.db.talk.findMany({
    where: { conferenceId: ids.dockercon },
    orderBy: [{ day: "asc" }, { startsAt: "asc" }, { title: "asc" }],
    select: { id: true, speakers: { orderBy: { position: "asc" }, select: { speaker: { select: { slug: true, name: true } } } } },
  });
  assert.deepEqual(data.talks.map((x) => x.id), expected.map((x) => x.id));
  assert.deepEqual(data.talks.map((x) => x.speakers), expected.map((x) => x.speakers));
  assert.ok(data.talks.every((x) => x.startsAt === null || x.startsAt instanceof Date));
  assert.equal(data.talks.find((x) => x.id === ids.docker500)?.coverage, 8);

  const filed = await t.db.writeup.findMany({
    where: { ...PUBLIC_WRITEUP, conferences: { some: { conferenceId: ids.dockercon } } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: { slug: true },
  });
  assert.equal(data.writeupTotal, filed.length);
  assert.deepEqual(data.writeups.map((w) => w.slug), filed.slice(0, 6).map((w) => w.slug));
  assert.ok(!data.writeups.some((w) => ["A draft", "Trashed"].includes(w.title)));

  const schedule = await getConferenceCalendarTalks(t.db, DOCKERCON);
  assert.deepEqual(schedule?.talks.map((x) => [x.id, x.speakers]), data.talks.map((x) => [x.id, x.speakers]));
  assert.equal(await getConferenceCalendarTalks(t.db, "no-such-conference"), null);

  const pages = [await listConferenceWriteups(t.db, DOCKERCON, 1)];
  assert.equal(pages[0]?.total, filed.length);
  assert.deepEqual(pages[0]?.items.map((w) => w.slug), filed.slice(0, 20).map((w) => w.slug));
});

test("the conference list counts sessions and public writeups per conference", async () => {
  const { items } = await listConferences(t.db, 1);
  assert.ok(items.length > 0);
  for (const c of items) {
    assert.equal(c._count.talks, await t.db.talk.count({ where: { conferenceId: c.id } }), `${c.slug} sessions`);
    assert.equal(c.writeupCount, await t.db.writeup.count({ where: { ...PUBLIC_WRITEUP, conferences: { some: { conferenceId: c.id } } } }), `${c.slug} writeups`);
  }
});

test("home, sitemap counts and the writeups sitemap count and list public writeups only", async () => {
  const publicCount = await t.db.writeup.count({ where: PUBLIC_WRITEUP });
  assert.equal((await listPublishedWriteups(t.db, 1)).total, publicCount);
  const counts = await sitemapCounts(t.db);
  assert.deepEqual(counts, {
    pages: 1,
    writeups: publicCount,
    conferences: await t.db.conference.count(),
    talks: await t.db.talk.count(),
    speakers: await t.db.speaker.count(),
    authors: await t.db.user.count({ where: { username: { not: null }, writeups: { some: PUBLIC_WRITEUP } } }),
  });
  const entries = await sitemapEntries(t.db, "writeups", 1, "https://h.example");
  const expected = await t.db.writeup.findMany({ where: PUBLIC_WRITEUP, orderBy: { id: "asc" }, select: { slug: true, updatedAt: true } });
  assert.deepEqual(entries, expected.map((w) => ({ loc: `https://h.example/writeups/${w.slug}`, lastmod: w.updatedAt })));
});
