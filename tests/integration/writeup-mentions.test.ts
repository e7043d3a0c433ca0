import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { DomainError } from "@/lib/core/errors";
import { createDraft, decideMention, openSuggestions, saveWriteup, type Actor } from "@/lib/server/services/writeup-lifecycle";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let writeupId: string;
let author: Actor;
before(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  // Maja's DockerCon writeup: every link in it is detected, none written by hand.
  const w = await t.db.writeup.findUniqueOrThrow({ where: { slug: "three-days-in-copenhagen" }, include: { author: true } });
  writeupId = w.id;
  author = { id: w.author.id, role: w.author.role };
});
after(async () => {
  await t.drop();
});

const talkMention = (slug: string) => t.db.mention.findFirst({ where: { writeupId, kind: "talk", talk: { slug } } });

test("the seed's links come from detection, all of them confident", async () => {
  const rows = await t.db.mention.findMany({ where: { writeupId } });
  assert.ok(rows.every((r) => r.source === "detected"));
  assert.equal(new Set(rows.filter((r) => r.kind === "talk").map((r) => r.talkId)).size, 11);
  assert.equal(new Set(rows.filter((r) => r.kind === "speaker").map((r) => r.speakerId)).size, 17);
});

test("a rejected link stays rejected through an edit; an accepted one moves with its words", async () => {
  const docker500 = await talkMention("docker-500-going-fast-while-protecting-data");
  assert.ok(docker500);
  await decideMention(t.db, author, writeupId, { kind: "talk", id: docker500.talkId!, start: docker500.start, end: docker500.end, text: docker500.text, decision: "reject" });
  let writeup = await t.db.writeup.findUniqueOrThrow({ where: { id: writeupId } });
  assert.doesNotMatch(writeup.bodyHtml, /docker-500-going-fast/, "a rejected mention is not linked");

  // Accept a link the detector only suggests: the quoted "What's New in Docker" (its one meaningful
  // word is the conference's own name, so the title is offered, not linked).
  const images = await t.db.talk.findFirstOrThrow({ where: { slug: "whats-new-in-docker" } });
  const words = "What's New in Docker";
  const start = writeup.body.indexOf(words);
  assert.ok(start >= 0);
  assert.equal(await talkMention("whats-new-in-docker"), null, "not linked by detection");
  await decideMention(t.db, author, writeupId, { kind: "talk", id: images.id, start, end: start + words.length, text: words, decision: "accept" });

  // The author adds a paragraph at the top: every offset shifts.
  const prefix = "A note before I start.\n\n";
  const conferences = (await t.db.writeupConference.findMany({ where: { writeupId }, include: { conference: true } })).map((c) => c.conference.slug);
  await saveWriteup(t.db, author, writeupId, writeup.version, { title: writeup.title, body: prefix + writeup.body, conferenceSlugs: conferences });

  const rejected = await t.db.mention.findFirstOrThrow({ where: { writeupId, source: "rejected" } });
  assert.equal(rejected.start, docker500.start + prefix.length);
  assert.equal(await t.db.mention.count({ where: { writeupId, talkId: docker500.talkId, source: { not: "rejected" } } }), 0, "not re-detected");
  const accepted = await t.db.mention.findFirstOrThrow({ where: { writeupId, source: "confirmed" } });
  assert.equal(accepted.start, start + prefix.length);
  writeup = await t.db.writeup.findUniqueOrThrow({ where: { id: writeupId } });
  assert.match(writeup.bodyHtml, /<a href="\/conferences\/dockercon-eu-2017\/talks\/whats-new-in-docker"[^>]*>What(?:'|&#x27;|’)s New in Docker<\/a>/);
  assert.doesNotMatch(writeup.bodyHtml, /docker-500-going-fast/);
  // Everything else is still linked.
  assert.equal(await t.db.mention.count({ where: { writeupId, kind: "speaker", source: "detected" } }), 17);
});

test("a decision about words that are gone is refused", async () => {
  await assert.rejects(
    decideMention(t.db, author, writeupId, { kind: "talk", id: "x", start: 0, end: 5, text: "No such words here", decision: "accept" }),
    (e: unknown) => e instanceof DomainError && e.code === "conflict" && e.field === "mention",
  );
});

test("only the author may decide a writeup's links: the rule is in the use case, not in its callers", async () => {
  const m = await t.db.mention.findFirstOrThrow({ where: { writeupId, kind: "speaker" } });
  const decision = { kind: "speaker" as const, id: m.speakerId!, start: m.start, end: m.end, text: m.text, decision: "reject" as const };
  const stranger = await t.db.user.create({ data: { email: "stranger@example.com", role: "author" } });
  await assert.rejects(decideMention(t.db, { id: stranger.id, role: "author" }, writeupId, decision), (e: unknown) => e instanceof DomainError && e.code === "forbidden");
  await assert.rejects(decideMention(t.db, null, writeupId, decision), (e: unknown) => e instanceof DomainError && e.code === "unauthenticated");
  assert.equal((await t.db.mention.findUniqueOrThrow({ where: { id: m.id } })).source, m.source, "nothing was written");
});

test("a speaker writing 'my talk' is offered their own session; an author who is no speaker is not", async () => {
  const body = "The slides from my talk are up, with the demo.\n";
  const draft = { title: "Back from Copenhagen", body, conferenceSlugs: ["dockercon-eu-2017"] };
  const own = (suggestions: { reason: string; id: string }[]) => suggestions.filter((s) => s.reason.startsWith("the author's own"));

  const speaker = await t.db.user.create({ data: { email: "tycho@example.com", name: "Tycho Andersen", role: "author" } });
  const asSpeaker: Actor = { id: speaker.id, role: "author" };
  const mine = await createDraft(t.db, asSpeaker, { ...draft, body: "" });
  const saved = await saveWriteup(t.db, asSpeaker, mine.id, mine.version, draft);
  const talk = await t.db.talk.findFirstOrThrow({ where: { speakers: { some: { speaker: { name: "Tycho Andersen" } } } } });
  assert.deepEqual(own(saved.suggestions).map((s) => s.id), [talk.id]);
  assert.deepEqual(own(await openSuggestions(t.db, mine.id)).map((s) => s.id), [talk.id], "the editor offers it again");

  const reader = await t.db.user.create({ data: { email: "reader@example.com", name: "Quentin Marsh", role: "author" } });
  const asReader: Actor = { id: reader.id, role: "author" };
  const theirs = await createDraft(t.db, asReader, { ...draft, body: "" });
  assert.deepEqual(own((await saveWriteup(t.db, asReader, theirs.id, theirs.version, draft)).suggestions), []);
});
