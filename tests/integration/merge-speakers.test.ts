import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { importProgramme } from "@/lib/server/services/import-programme";
import { createWriteup } from "@/lib/server/services/writeup-lifecycle";
import { mergeSpeakers } from "@/lib/server/services/merge-speakers";
import { DomainError } from "@/lib/core/errors";
import { findSpeakerRedirect, getSpeakerPage } from "@/lib/server/repositories/speakers";
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

test("merging a duplicate keeps every talk, mention and link, and redirects its URL", async () => {
  await importProgramme(t.db, {
    conference: { slug: "a-conf", name: "A Conf" },
    speakers: [{ key: "j", sourceId: "77", name: "Jon Smith", bio: "Builds things." }],
    talks: [{ title: "Building Things", kind: "talk", speakerKeys: ["j"] }, { title: "Shared Panel", kind: "panel", speakerKeys: ["j"] }],
  });
  await importProgramme(t.db, {
    conference: { slug: "b-conf", name: "B Conf" },
    speakers: [{ key: "j", name: "Jonathan Smith", affiliation: "Things Inc." }],
    talks: [{ title: "More Things", kind: "talk", speakerKeys: ["j"] }],
  });
  // The same panel, now also listing the long name: both records are on it.
  const panel = await t.db.talk.findFirstOrThrow({ where: { title: "Shared Panel" } });
  const jonathan = await t.db.speaker.findUniqueOrThrow({ where: { slug: "jonathan-smith" } });
  await t.db.talkSpeaker.create({ data: { talkId: panel.id, speakerId: jonathan.id, position: 1 } });

  const user = await t.db.user.create({ data: { email: "w@example.com", name: "W" } });
  const body = "Jonathan Smith was great.\n";
  const writeup = await createWriteup(t.db, {
    authorId: user.id,
    title: "B Conf notes",
    body,
    conferenceIds: [],
    status: "published",
    mentions: [{ kind: "speaker", speakerId: jonathan.id, start: 0, end: 14, text: "Jonathan Smith", source: "detected" }],
  });
  assert.match(writeup.bodyHtml, /href="\/speakers\/jonathan-smith"/);

  const summary = await mergeSpeakers(t.db, "jon-smith", "jonathan-smith");
  assert.deepEqual({ talks: summary.talks, mentions: summary.mentions, writeups: summary.writeupsRerendered }, { talks: 2, mentions: 1, writeups: 1 });

  const page = await getSpeakerPage(t.db, "jon-smith");
  assert.ok(page);
  assert.deepEqual(page.talks.map((x) => x.title).sort(), ["Building Things", "More Things", "Shared Panel"]);
  assert.equal(page.speaker.affiliation, "Things Inc.", "empty fields are filled from the duplicate");
  assert.equal(page.speaker.bio, "Builds things.");
  assert.equal(await t.db.talkSpeaker.count({ where: { talkId: panel.id } }), 1, "no double credit on a shared talk");
  assert.equal(await getSpeakerPage(t.db, "jonathan-smith"), null);
  assert.equal(await findSpeakerRedirect(t.db, "jonathan-smith"), "jon-smith");
  await drainJobs();
  const rerendered = await t.db.writeup.findUniqueOrThrow({ where: { id: writeup.id } });
  assert.match(rerendered.bodyHtml, /href="\/speakers\/jon-smith"/);
  assert.equal(page.mentionedIn.length, 1);
});

test("merging refuses unknown slugs and self-merges, and changes nothing", async () => {
  const before = await t.db.speaker.count();
  await assert.rejects(mergeSpeakers(t.db, "jon-smith", "nobody"), (e: unknown) => {
    assert.ok(e instanceof DomainError);
    assert.deepEqual([e.code, e.field, e.message], ["not-found", "duplicate", 'no speaker with the slug "nobody"']);
    return true;
  });
  await assert.rejects(mergeSpeakers(t.db, "nobody", "jon-smith"), (e: unknown) => e instanceof DomainError && e.code === "not-found" && e.field === "keep");
  await assert.rejects(mergeSpeakers(t.db, "jon-smith", "jon-smith"), (e: unknown) => {
    assert.ok(e instanceof DomainError);
    assert.deepEqual([e.code, e.message], ["invalid", "a speaker cannot be merged into itself"]);
    return true;
  });
  assert.equal(await t.db.speaker.count(), before);
});
