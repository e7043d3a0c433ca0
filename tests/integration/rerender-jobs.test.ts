/**
 * Derived content stays true (issue 14): the re-render job behind
 * requestRerender, on a real database (SQLite, or PostgreSQL through pg-boss
 * with TEST_DATABASE_URL). The flag is set in the changing transaction, the
 * job clears it, a crash between the two is repaired when workers start, and
 * a job that keeps failing is retried and reported without undoing the change.
 */
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Programme } from "@/lib/core/programme/types";
import { configureJob } from "@/lib/server/jobs/queue";
import { RERENDER_JOB, RERENDER_CHUNK } from "@/lib/server/jobs/rerender";
import { drainJobs, jobHealth, startWorkers, stopWorkers } from "@/lib/server/jobs/workers";
import { importProgramme } from "@/lib/server/services/import-programme";
import { mergeSpeakers } from "@/lib/server/services/merge-speakers";
import { createWriteup } from "@/lib/server/services/writeup-lifecycle";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
const postgres = () => /^postgres(ql)?:/.test(t.url);
before(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await stopWorkers();
});
after(async () => {
  await t.drop();
});

const conf = (slug: string, title: string, speaker: string): Programme => ({
  conference: { slug, name: `Conf ${slug}` },
  speakers: [{ key: "s", sourceId: "p1", name: speaker }],
  talks: [{ sourceId: "t1", title, kind: "talk", speakerKeys: ["s"] }],
});

/** A published writeup linking the conference's one talk. */
async function linkedWriteup(slug: string, title: string) {
  const talk = await t.db.talk.findFirstOrThrow({ where: { conference: { slug } } });
  const user = await t.db.user.create({ data: { email: `${slug}-${Math.random()}@example.com`, name: "Writer" } });
  return createWriteup(t.db, {
    authorId: user.id,
    title: `${slug} notes`,
    body: `${title} was good.\n`,
    conferenceIds: [],
    status: "published",
    mentions: [{ kind: "talk", talkId: talk.id, start: 0, end: title.length, text: title, source: "explicit" }],
  });
}

const stored = (id: string) => t.db.writeup.findUniqueOrThrow({ where: { id }, select: { bodyHtml: true, renderStaleSince: true, body: true } });

test("a re-import flags the linking writeups in its transaction, and the job re-renders them and clears the flag", async () => {
  await importProgramme(t.db, conf("flag-conf", "Old Title", "Ann Example"));
  const w = await linkedWriteup("flag-conf", "Old Title");
  assert.match(w.bodyHtml, /title="Old Title — Ann Example/);

  // No workers yet: the change commits and the flag records the work to do.
  await importProgramme(t.db, conf("flag-conf", "New Title", "Ann Example"));
  const flagged = await stored(w.id);
  assert.ok(flagged.renderStaleSince, "flagged in the import's transaction");
  assert.match(flagged.bodyHtml, /title="Old Title/, "not re-rendered inline");

  await startWorkers(t.db, { url: t.url });
  await drainJobs();
  const after = await stored(w.id);
  assert.match(after.bodyHtml, /title="New Title — Ann Example/);
  assert.equal(after.renderStaleSince, null);
  assert.equal(after.body, flagged.body, "nobody re-saved it");
  assert.equal((await jobHealth(t.db)).staleWriteups, 0);
});

test("a speaker merge re-renders the writeups that link the duplicate", async () => {
  await importProgramme(t.db, conf("merge-a", "Alpha Talk", "Bea Keeper"));
  await importProgramme(t.db, { conference: { slug: "merge-b", name: "Merge B" }, speakers: [{ key: "d", name: "Beatrice Keeper" }], talks: [{ title: "Beta Talk", kind: "talk", speakerKeys: ["d"] }] });
  const dup = await t.db.speaker.findUniqueOrThrow({ where: { slug: "beatrice-keeper" } });
  const user = await t.db.user.create({ data: { email: "merge@example.com", name: "M" } });
  const w = await createWriteup(t.db, {
    authorId: user.id,
    title: "Merge notes",
    body: "Beatrice Keeper spoke.\n",
    conferenceIds: [],
    status: "published",
    mentions: [{ kind: "speaker", speakerId: dup.id, start: 0, end: 15, text: "Beatrice Keeper", source: "detected" }],
  });
  assert.match(w.bodyHtml, /href="\/speakers\/beatrice-keeper"/);
  await startWorkers(t.db, { url: t.url });
  await drainJobs(); // the sweep at start, so what follows is the merge's own job
  await mergeSpeakers(t.db, "bea-keeper", "beatrice-keeper");
  await drainJobs();
  const after = await stored(w.id);
  assert.match(after.bodyHtml, /href="\/speakers\/bea-keeper"/);
  assert.equal(after.renderStaleSince, null);
});

test("a crash between the flag and the job (flag set, no job queued) is repaired by the sweep when workers start", async () => {
  await importProgramme(t.db, conf("crash-conf", "Before Crash", "Cy Example"));
  const writeups = [];
  // More than one chunk, so the sweep pages through them.
  for (let i = 0; i <= RERENDER_CHUNK; i++) writeups.push(await linkedWriteup("crash-conf", "Before Crash"));
  const talk = await t.db.talk.findFirstOrThrow({ where: { conference: { slug: "crash-conf" } } });
  // What a committed change leaves behind if the process dies before its job runs.
  await t.db.talk.update({ where: { id: talk.id }, data: { title: "After Crash" } });
  await t.db.writeup.updateMany({ where: { id: { in: writeups.map((w) => w.id) } }, data: { renderStaleSince: new Date() } });
  assert.equal((await jobHealth(t.db)).staleWriteups, writeups.length);

  await startWorkers(t.db, { url: t.url });
  await drainJobs();
  for (const w of writeups) assert.match((await stored(w.id)).bodyHtml, /title="After Crash — Cy Example/);
  assert.equal((await jobHealth(t.db)).staleWriteups, 0);
});

test("a re-render that keeps failing is retried, then reported, and the import that asked for it stays committed", async () => {
  await importProgramme(t.db, conf("fail-conf", "Sturdy Title", "Di Example"));
  const w = await linkedWriteup("fail-conf", "Sturdy Title");
  // The database refuses every re-render of this writeup's HTML.
  if (postgres()) {
    await t.db.$executeRawUnsafe(`CREATE FUNCTION refuse_render() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'render refused'; END $$`);
    await t.db.$executeRawUnsafe(`CREATE TRIGGER refuse_render BEFORE UPDATE OF "bodyHtml" ON "Writeup" FOR EACH ROW EXECUTE FUNCTION refuse_render()`);
  } else {
    await t.db.$executeRawUnsafe(`CREATE TRIGGER refuse_render BEFORE UPDATE OF "bodyHtml" ON "Writeup" BEGIN SELECT RAISE(ABORT, 'render refused'); END`);
  }
  configureJob(RERENDER_JOB, { retries: 2, backoff: { delayMs: 0 } });
  const failuresBefore = (await jobHealth(t.db)).failedJobs;
  await startWorkers(t.db, { url: t.url });
  await drainJobs(); // the sweep at start, so what follows is the import's own job

  await importProgramme(t.db, conf("fail-conf", "Renamed Title", "Di Example"));
  await drainJobs();

  const talk = await t.db.talk.findFirstOrThrow({ where: { conference: { slug: "fail-conf" } } });
  assert.equal(talk.title, "Renamed Title", "the import committed");
  const health = await jobHealth(t.db);
  assert.equal(health.failedJobs, failuresBefore + 1, "reported once, after the last retry");
  assert.equal(health.lastFailure?.job, RERENDER_JOB);
  // SQLite reports a trigger's RAISE as a constraint violation, PostgreSQL with its text.
  assert.match(health.lastFailure?.error ?? "", /render refused|constraint/);
  assert.equal(health.staleWriteups, 1, "still flagged, for the next sweep");
  assert.match((await stored(w.id)).bodyHtml, /title="Sturdy Title/);

  // Once the fault is gone, the next run (here: the next start) repairs it.
  await stopWorkers();
  await t.db.$executeRawUnsafe(postgres() ? `DROP TRIGGER refuse_render ON "Writeup"` : `DROP TRIGGER refuse_render`);
  await startWorkers(t.db, { url: t.url });
  await drainJobs();
  assert.match((await stored(w.id)).bodyHtml, /title="Renamed Title — Di Example/);
  assert.equal((await jobHealth(t.db)).staleWriteups, 0);
});
