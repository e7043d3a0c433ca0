/**
 * The page cache's marks (lib/server/cache/page-cache.ts): a change to a
 * writeup writes the tags of the pages it affects in its own transaction, and
 * another app server's sync sees them; a programme change is seen as
 * "catalog" through the catalog version. On SQLite and PostgreSQL.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { syncPageCache } from "@/lib/server/cache/page-cache";
import { createDraft, publishWriteup, saveWriteup, type Actor } from "@/lib/server/services/writeup-lifecycle";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let owner: Actor;
before(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  owner = { id: (await t.db.user.create({ data: { email: "cache@example.com", name: "Cache", role: "author" } })).id, role: "author" };
});
after(async () => {
  await t.drop();
});

/** Another instance: its own memory of what it has seen. */
const instance = () => ({ seen: new Map<string, number>(), catalog: null as string | null });
const draft = (body: string) => ({ title: "Caching at DockerCon", body, conferenceSlugs: ["dockercon-eu-2017"] });

test("saving a draft marks nothing; publishing marks the writeup, its author, the lists and the talks it links", async () => {
  const other = instance();
  await syncPageCache(t.db, other);
  const w = await createDraft(t.db, owner, draft("I liked Docker 500: Going Fast while Protecting Data by Diogo Mónica.\n"));
  const saved = await saveWriteup(t.db, owner, w.id, w.version, draft("I liked Docker 500: Going Fast while Protecting Data by Diogo Mónica.\n\nMore.\n"));
  assert.deepEqual(await syncPageCache(t.db, other), [], "a draft is on no reader page");

  await publishWriteup(t.db, owner, w.id);
  const moved = await syncPageCache(t.db, other);
  const talk = await t.db.talk.findFirstOrThrow({ where: { slug: { startsWith: "docker-500" } }, select: { id: true, conferenceId: true } });
  for (const tag of [`writeup:${w.id}`, `author:${owner.id}`, "writeups", `talk:${talk.id}`, `conference:${talk.conferenceId}`]) {
    assert.ok(moved.includes(tag), `${tag} in ${moved.join(", ")}`);
  }
  assert.deepEqual(await syncPageCache(t.db, other), [], "each mark is seen once");
  assert.ok(saved.writeup.version > w.version);
});

test("a programme change is seen as 'catalog' by every instance, with no mark of its own", async () => {
  const other = instance();
  await syncPageCache(t.db, other);
  await t.db.talk.updateMany({ where: { slug: { startsWith: "docker-500" } }, data: { room: "Hall B" } });
  assert.deepEqual(await syncPageCache(t.db, other), ["catalog"]);
});

test("a change that rolls back leaves no mark", async () => {
  const other = instance();
  await syncPageCache(t.db, other);
  const w = await createDraft(t.db, owner, draft("Docker 500.\n"));
  await publishWriteup(t.db, owner, w.id);
  await syncPageCache(t.db, other);
  // A stale version: refused, nothing written, nothing marked.
  await assert.rejects(saveWriteup(t.db, owner, w.id, w.version - 1, draft("Changed.\n")));
  assert.deepEqual(await syncPageCache(t.db, other), []);
});
