import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { search } from "@/lib/server/repositories/search";
import { providerOfDb } from "@/lib/server/db";
import { createWriteup } from "@/lib/server/services/writeup-lifecycle";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
before(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
});
after(async () => {
  await t.drop();
});

test("diacritics don't matter: 'monica' finds Mónica, his talks and the writeups naming him", async () => {
  const r = await search(t.db, "monica", { limit: 10 });
  assert.deepEqual(r.speakers.map((s) => s.name), ["Diogo Mónica"]);
  // Three of the demo's four writeups name him; the DockerCon day-two notes don't.
  assert.deepEqual(r.writeups.map((w) => w.title).sort(), [
    "Container Camp AU 2017: notes from Sydney",
    "Security, from Sydney to Copenhagen",
    "Three days in Copenhagen: DockerCon Europe 2017",
  ]);
  const accented = await search(t.db, "MÓNICA", { limit: 10 });
  assert.deepEqual(accented.counts, r.counts);
});

test("every term must match, the last one as a prefix; titles rank first", async () => {
  const r = await search(t.db, "kubernetes serv", { limit: 10 });
  assert.ok(r.talks.length >= 2);
  assert.ok(r.talks.every((x) => /kubernetes/i.test(`${x.title} ${x.abstract ?? ""}`)));
  assert.equal(r.talks[0]!.title.includes("Serverless") && r.talks[0]!.title.includes("Kubernetes"), true, r.talks[0]!.title);
  assert.equal(r.counts.talk, r.talks.length);
});

test("query syntax is inert and an empty query finds nothing", async () => {
  for (const q of ['"', "title:docker", "docker OR", "NEAR(a b)", "a & | ! :* b", "'; DROP TABLE Talk; --"]) {
    await search(t.db, q, { limit: 5 });
  }
  assert.deepEqual((await search(t.db, "  !!! ", { limit: 5 })).counts, { writeup: 0, talk: 0, speaker: 0 });
  assert.ok((await t.db.talk.count()) > 0);
});

test("the index follows every write: publish, edit, unpublish, import and delete", async () => {
  const author = await t.db.user.findFirstOrThrow();
  const draft = await createWriteup(t.db, { authorId: author.id, title: "Zanzibar notes", body: "Quixotic prose.", conferenceIds: [], status: "draft", mentions: [] });
  assert.equal((await search(t.db, "quixotic", { limit: 5 })).counts.writeup, 0, "drafts are not searchable");
  await t.db.writeup.update({ where: { id: draft.id }, data: { status: "published", publishedAt: new Date() } });
  assert.equal((await search(t.db, "quixotic", { limit: 5 })).counts.writeup, 1);
  await t.db.writeup.update({ where: { id: draft.id }, data: { title: "Xylophone notes" } });
  assert.equal((await search(t.db, "xylophone", { limit: 5 })).counts.writeup, 1);
  assert.equal((await search(t.db, "zanzibar", { limit: 5 })).counts.writeup, 0);
  await t.db.writeup.update({ where: { id: draft.id }, data: { deletedAt: new Date() } });
  assert.equal((await search(t.db, "xylophone", { limit: 5 })).counts.writeup, 0, "trashed writeups are not searchable");

  const talk = await t.db.talk.findFirstOrThrow({ where: { title: "Highway to Helm" } });
  await t.db.talk.update({ where: { id: talk.id }, data: { title: "Highway to Helm, revisited" } });
  assert.equal((await search(t.db, "revisited", { limit: 5 })).talks[0]?.id, talk.id);
  await t.db.talk.delete({ where: { id: talk.id } });
  assert.equal((await search(t.db, "revisited", { limit: 5 })).counts.talk, 0);
});

test("the search triggers exist (a migration that redefines a table must recreate them)", async () => {
  if (providerOfDb(t.db) === "postgresql") {
    const rows = await t.db.$queryRaw<{ tgname: string }[]>`SELECT t.tgname::text AS tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND t.tgname IN ('writeup_search', 'talk_search', 'speaker_search')`;
    assert.equal(rows.length, 3);
  } else {
    const rows = await t.db.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE 'content_%' AND name NOT LIKE 'catalog_%' ORDER BY name`;
    const expected: string[] = [];
    for (const kind of ["speaker", "talk", "writeup"]) {
      for (const op of ["ad", "ai", "au"]) expected.push(`${kind}_search_${op}`);
      for (const op of ["ad", "ai"]) expected.push(`search_${kind}_${op}`);
    }
    assert.deepEqual(rows.map((r) => r.name).sort(), expected.sort());
  }
});

test("a query matching more than the rank limit comes back newest written first, and still counts them all", async () => {
  const author = await t.db.user.findFirstOrThrow();
  const make = (title: string, body: string) =>
    createWriteup(t.db, { authorId: author.id, title, body, conferenceIds: [], status: "published", mentions: [] });
  await make("Walrus walrus walrus", "walrus walrus walrus walrus");
  await make("Second", "A walrus appeared.");
  const ranked = await search(t.db, "walrus", { only: "writeup", limit: 5 });
  assert.equal(ranked.writeups[0]?.title, "Walrus walrus walrus", "ranked: the densest match first");
  const recent = await search(t.db, "walrus", { only: "writeup", limit: 5, rankLimit: 1 });
  assert.equal(recent.counts.writeup, 2);
  assert.deepEqual(recent.writeups.map((w) => w.title), ["Second", "Walrus walrus walrus"], "too broad to rank: newest first");
});
