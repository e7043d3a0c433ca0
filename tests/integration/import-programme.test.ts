import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Programme } from "@/lib/core/programme/types";
import { importProgramme } from "@/lib/server/services/import-programme";
import { createWriteup } from "@/lib/server/services/writeup-lifecycle";
import { createDraft, publishWriteup } from "@/lib/server/services/writeup-lifecycle";
import { drainJobs, startWorkers, stopWorkers } from "@/lib/server/jobs/workers";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
before(async () => {
  t = await createTestDb();
  await startWorkers(t.db, { url: t.url });
});
after(async () => {
  await stopWorkers();
  await t.drop();
});

const programme = (): Programme => ({
  conference: { slug: "testconf-2026", name: "TestConf 2026", startsOn: "2026-03-01", endsOn: "2026-03-02", timezone: "Europe/Berlin" },
  speakers: [
    { key: "ada", sourceId: "p1", name: "Ada Lovelace", affiliation: "Analytical Engines" },
    { key: "grace", sourceId: "p2", name: "Grace Hopper" },
  ],
  talks: [
    { sourceId: "e1", title: "Notes on the Engine", kind: "talk", day: "2026-03-01", startsAt: "2026-03-01T10:00:00+01:00", speakerKeys: ["ada"] },
    { sourceId: "e2", title: "Compilers for Everyone", kind: "keynote", day: "2026-03-02", speakerKeys: ["grace", "ada"] },
    { sourceId: "e3", title: "Lunch", kind: "other", day: "2026-03-01", speakerKeys: [] },
  ],
});

test("first import creates everything, and a second changes nothing", async () => {
  const first = await importProgramme(t.db, programme());
  assert.deepEqual(first.talks, { created: 3, updated: 0, unchanged: 0, removed: 0, withdrawn: 0 });
  assert.deepEqual(first.speakers, { created: 2, updated: 0, unchanged: 0 });
  assert.equal(first.conference.created, true);

  const second = await importProgramme(t.db, programme());
  assert.deepEqual(second.talks, { created: 0, updated: 0, unchanged: 3, removed: 0, withdrawn: 0 });
  assert.deepEqual(second.speakers, { created: 0, updated: 0, unchanged: 2 });
  assert.equal(second.conference.updated, false);

  const keynote = await t.db.talk.findFirstOrThrow({ where: { sourceId: "e2" }, include: { speakers: { orderBy: { position: "asc" }, include: { speaker: true } } } });
  assert.deepEqual(keynote.speakers.map((s) => s.speaker.name), ["Grace Hopper", "Ada Lovelace"]);
  assert.equal(await t.db.talk.count(), 3);
});

test("an updated programme updates in place, and a dropped talk with writeups is withdrawn, not deleted", async () => {
  const conference = await t.db.conference.findUniqueOrThrow({ where: { slug: "testconf-2026" } });
  const engine = await t.db.talk.findFirstOrThrow({ where: { sourceId: "e1" } });
  const user = await t.db.user.create({ data: { email: "writer@example.com", name: "Writer" } });
  const body = "I saw Notes on the Engine.\n";
  await createWriteup(t.db, {
    authorId: user.id,
    title: "My TestConf",
    body,
    conferenceIds: [conference.id],
    status: "published",
    mentions: [{ kind: "talk", talkId: engine.id, start: 6, end: 25, text: "Notes on the Engine", source: "detected" }],
  });

  const next = programme();
  next.talks = next.talks.filter((x) => x.sourceId !== "e1" && x.sourceId !== "e3");
  next.talks[0]!.title = "Compilers for Everybody";
  const summary = await importProgramme(t.db, next);
  assert.deepEqual(summary.talks, { created: 0, updated: 1, unchanged: 0, removed: 1, withdrawn: 1 });

  const kept = await t.db.talk.findUniqueOrThrow({ where: { id: engine.id } });
  assert.equal(kept.status, "withdrawn");
  assert.equal(await t.db.mention.count({ where: { talkId: engine.id } }), 1);
  const renamed = await t.db.talk.findFirstOrThrow({ where: { sourceId: "e2" } });
  assert.equal(renamed.title, "Compilers for Everybody");
  assert.equal(renamed.slug, "compilers-for-everyone", "a published slug stays stable");
});

test("a dry run reports the summary and writes nothing", async () => {
  const before = await t.db.talk.count();
  const dry = programme();
  dry.talks.push({ title: "Brand New", kind: "talk", speakerKeys: ["grace"] });
  const summary = await importProgramme(t.db, dry, { dryRun: true });
  assert.equal(summary.dryRun, true);
  assert.ok(summary.talks.created >= 1);
  assert.equal(await t.db.talk.count(), before);
});

test("the same person at two conferences is one speaker", async () => {
  const other: Programme = {
    conference: { slug: "otherconf", name: "OtherConf" },
    speakers: [{ key: "x", name: "Ada LOVELACE" }],
    talks: [{ title: "Engines Again", kind: "talk", speakerKeys: ["x"] }],
  };
  const summary = await importProgramme(t.db, other);
  assert.deepEqual(summary.speakers, { created: 0, updated: 1, unchanged: 0 });
  const ada = await t.db.speaker.findMany({ where: { normalizedName: "ada lovelace" }, include: { talks: true } });
  assert.equal(ada.length, 1);
  assert.equal(ada[0]!.affiliation, "Analytical Engines", "a programme without an affiliation does not erase one");
  assert.equal(ada[0]!.talks.length, 3);
});

test("a failing import leaves the database exactly as it was", async () => {
  const before = { talks: await t.db.talk.count(), conferences: await t.db.conference.count(), speakers: await t.db.speaker.count() };
  const bad: Programme = {
    conference: { slug: "broken", name: "Broken" },
    speakers: [{ key: "n", name: "New Person" }],
    talks: [{ title: "Fine", kind: "talk", speakerKeys: ["n"] }, { title: "Bad time", kind: "talk", startsAt: "not a date", speakerKeys: [] }],
  };
  await assert.rejects(importProgramme(t.db, bad));
  assert.deepEqual({ talks: await t.db.talk.count(), conferences: await t.db.conference.count(), speakers: await t.db.speaker.count() }, before);
});

test("a talk renamed by a re-import shows its new title in the writeups that link it", async () => {
  const radio = (title: string, speaker = "Marta Kowalczyk"): Programme => ({
    conference: { slug: "radioconf-2026", name: "RadioConf 2026", startsOn: "2026-05-01", endsOn: "2026-05-01" },
    speakers: [{ key: "m", sourceId: "p9", name: speaker }],
    talks: [{ sourceId: "r1", title, kind: "talk", day: "2026-05-01", speakerKeys: ["m"] }],
  });
  await importProgramme(t.db, radio("Mending Forgotten Radios"));
  const user = await t.db.user.create({ data: { email: "radio@example.com", name: "Radio Writer", role: "author" } });
  const author = { id: user.id, role: "author" };
  const draft = await createDraft(t.db, author, {
    title: "RadioConf notes",
    body: "At RadioConf 2026 the best talk was \u201cMending Forgotten Radios\u201d by Marta Kowalczyk.\n",
    conferenceSlugs: ["radioconf-2026"],
  });
  await publishWriteup(t.db, author, draft.id);
  const talk = await t.db.talk.findFirstOrThrow({ where: { sourceId: "r1", conference: { slug: "radioconf-2026" } } });
  const before = await t.db.writeup.findUniqueOrThrow({ where: { id: draft.id } });
  assert.ok(await t.db.mention.count({ where: { writeupId: draft.id, talkId: talk.id } }), "the writeup links the talk");
  assert.match(before.bodyHtml, /title="Mending Forgotten Radios — Marta Kowalczyk, RadioConf 2026"/);

  await importProgramme(t.db, radio("Mending Forgotten Radios, Revised", "Marta Kowalczyk-Nowak"));
  await drainJobs();
  const after = await t.db.writeup.findUniqueOrThrow({ where: { id: draft.id } });
  assert.match(after.bodyHtml, /href="\/conferences\/radioconf-2026\/talks\/mending-forgotten-radios"/, "the link keeps the talk's slug");
  assert.match(after.bodyHtml, /title="Mending Forgotten Radios, Revised — Marta Kowalczyk-Nowak, RadioConf 2026"/);
  assert.equal(after.body, before.body, "nobody re-saved it");
});
