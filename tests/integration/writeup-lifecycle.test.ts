/**
 * The rules of a writeup's life, enforced in the service for every mutation:
 * who may do what (anonymous, another user, the owner, an admin), stale saves,
 * slugs, the trash — and that drafts and trashed writeups never leak into any
 * reader-facing query.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { seedDemo } from "@/prisma/seed/seed-demo";
import {
  changeSlug,
  createDraft,
  publishWriteup,
  purgeTrash,
  restoreWriteup,
  saveWriteup,
  trashWriteup,
  unpublishWriteup,
  type Actor,
} from "@/lib/server/services/writeup-lifecycle";
import { DomainError } from "@/lib/core/errors";
import { listPublishedWriteups, getPublishedWriteup } from "@/lib/server/repositories/writeups";
import { coverageOfTalk } from "@/lib/server/repositories/coverage";
import { search } from "@/lib/server/repositories/search";
import { sitemapEntries } from "@/lib/server/repositories/sitemap";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let owner: Actor;
let other: Actor;
let admin: Actor;
before(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  const mk = async (email: string, role: string) => ({ id: (await t.db.user.create({ data: { email, name: email, role } })).id, role });
  owner = await mk("owner@example.com", "author");
  other = await mk("other@example.com", "author");
  admin = await mk("admin@example.com", "admin");
});
after(async () => {
  await t.drop();
});

const draft = (title = "Secret draft about Docker 500") => ({
  title,
  body: "I loved „Docker 500: Going fast while protecting data“ by Diogo Mónica. Zyzzyva.\n",
  conferenceSlugs: ["dockercon-eu-2017"],
});

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (error) {
    // A taken address is the one conflict with a field of its own.
    if (error instanceof DomainError) return error.code === "conflict" && error.field === "slug" ? "slug-taken" : error.code;
    throw error;
  }
}

test("every mutation: anonymous is refused, another user is refused, the owner may, an admin may moderate", async () => {
  const w = await createDraft(t.db, owner, draft("Matrix"));
  const cases: [string, (a: Actor | null) => Promise<unknown>, Record<string, string>][] = [
    ["save", (a) => saveWriteup(t.db, a, w.id, w.version, draft("Matrix")), { anon: "unauthenticated", other: "not-found", admin: "not-found" }],
    ["publish", (a) => publishWriteup(t.db, a, w.id), { anon: "unauthenticated", other: "not-found", admin: "not-found" }],
    ["slug", (a) => changeSlug(t.db, a, w.id, "matrix-notes"), { anon: "unauthenticated", other: "not-found", admin: "not-found" }],
    ["unpublish", (a) => unpublishWriteup(t.db, a, w.id), { anon: "unauthenticated", other: "not-found", admin: "ok" }],
    ["trash", (a) => trashWriteup(t.db, a, w.id), { anon: "unauthenticated", other: "not-found", admin: "ok" }],
    ["restore", (a) => restoreWriteup(t.db, a, w.id), { anon: "unauthenticated", other: "not-found", admin: "ok" }],
  ];
  for (const [name, run, expected] of cases) {
    assert.equal(await code(run(null)), expected.anon, `${name} as anonymous`);
    assert.equal(await code(run(other)), expected.other, `${name} as another user (a draft does not exist for them)`);
    assert.equal(await code(run(admin)), expected.admin, `${name} as admin`);
  }
  // Once published, another user learns it exists but still may not change it.
  await publishWriteup(t.db, owner, w.id);
  const fresh = await t.db.writeup.findUniqueOrThrow({ where: { id: w.id } });
  assert.equal(await code(saveWriteup(t.db, other, w.id, fresh.version, draft("Hijack"))), "forbidden");
  assert.equal(await code(trashWriteup(t.db, other, w.id)), "forbidden");
  assert.equal(await code(createDraft(t.db, null, draft())), "unauthenticated");
  const reader = { id: other.id, role: "reader" };
  assert.equal(await code(createDraft(t.db, reader, draft())), "forbidden");
  // The owner may do everything.
  assert.equal(await code(saveWriteup(t.db, owner, w.id, fresh.version, draft("Matrix, edited"))), "ok");
  assert.equal(await code(trashWriteup(t.db, owner, w.id)), "ok");
  assert.equal(await code(restoreWriteup(t.db, owner, w.id)), "ok");
});

test("a save from a stale version is refused with the newer text, and changes nothing", async () => {
  const w = await createDraft(t.db, owner, draft("Two tabs"));
  const first = await saveWriteup(t.db, owner, w.id, w.version, { ...draft("Two tabs"), body: "Tab one's text.\n" });
  assert.equal(first.writeup.version, w.version + 1);
  try {
    await saveWriteup(t.db, owner, w.id, w.version, { ...draft("Two tabs"), body: "Tab two's older text.\n" });
    assert.fail("a stale save went through");
  } catch (error) {
    assert.ok(error instanceof DomainError && error.code === "conflict");
    const latest = error.details as { body: string; version: number } | undefined;
    assert.equal(latest?.body, "Tab one's text.\n");
    assert.equal(latest?.version, w.version + 1);
  }
  assert.equal((await t.db.writeup.findUniqueOrThrow({ where: { id: w.id } })).body, "Tab one's text.\n");
});

test("a draft's slug follows its title; a published slug is stable and its old address redirects when changed", async () => {
  const w = await createDraft(t.db, owner, draft("First title"));
  assert.equal(w.slug, "first-title");
  const renamed = await saveWriteup(t.db, owner, w.id, w.version, draft("Better title"));
  assert.equal(renamed.writeup.slug, "better-title");
  await publishWriteup(t.db, owner, w.id);
  const again = await saveWriteup(t.db, owner, w.id, renamed.writeup.version, draft("Best title"));
  assert.equal(again.writeup.slug, "better-title", "published slugs do not follow the title");
  await changeSlug(t.db, owner, w.id, "best-title");
  assert.equal((await t.db.writeupSlugRedirect.findUniqueOrThrow({ where: { slug: "better-title" } })).writeupId, w.id);
  assert.equal(await code(changeSlug(t.db, owner, w.id, "Not A Slug!")), "invalid");
  const taken = await createDraft(t.db, other, draft("Someone else"));
  assert.equal(await code(changeSlug(t.db, other, taken.id, "best-title")), "slug-taken");
  assert.equal(await code(changeSlug(t.db, other, taken.id, "better-title")), "slug-taken", "an old address still belongs to its writeup");
});

test("drafts and trashed writeups never reach a list, a page, coverage, search or the sitemap", async () => {
  const secret = await createDraft(t.db, owner, draft("Zyzzyva secret"));
  const trashed = await createDraft(t.db, owner, draft("Zyzzyva trashed"));
  await publishWriteup(t.db, owner, trashed.id);
  await trashWriteup(t.db, owner, trashed.id);
  const talk = await t.db.talk.findFirstOrThrow({ where: { slug: "docker-500-going-fast-while-protecting-data" } });

  const leaks = async () => {
    const slugs = new Set<string>();
    for (const w of (await listPublishedWriteups(t.db)).items) slugs.add(w.slug);
    for (const c of (await coverageOfTalk(t.db, talk.id, 1, 100)).items) slugs.add(c.writeup.slug);
    for (const w of (await search(t.db, "zyzzyva", { limit: 50 })).writeups) slugs.add(w.slug);
    for (const e of await sitemapEntries(t.db, "writeups", 1, "https://h.example")) slugs.add(e.loc.split("/").pop()!);
    for (const s of [secret.slug, trashed.slug]) if (await getPublishedWriteup(t.db, s)) slugs.add(s);
    return [secret.slug, trashed.slug].filter((s) => slugs.has(s));
  };
  assert.deepEqual(await leaks(), []);
  // Published and restored, they appear: the checks above can see a leak.
  await publishWriteup(t.db, owner, secret.id);
  await restoreWriteup(t.db, owner, trashed.id);
  assert.deepEqual((await leaks()).sort(), [secret.slug, trashed.slug].sort());
});

test("the trash is purged after 30 days, not before", async () => {
  const w = await createDraft(t.db, owner, draft("Old news"));
  const now = new Date();
  await trashWriteup(t.db, owner, w.id, new Date(now.getTime() - 29 * 86_400_000));
  assert.equal(await purgeTrash(t.db, now), 0);
  await trashWriteup(t.db, owner, w.id, new Date(now.getTime() - 31 * 86_400_000));
  assert.equal(await purgeTrash(t.db, now), 1);
  assert.equal(await t.db.writeup.count({ where: { id: w.id } }), 0);
});

test("publishing links the talks it mentions by detection", async () => {
  const w = await createDraft(t.db, owner, draft("Linked"));
  await publishWriteup(t.db, owner, w.id);
  const links = await t.db.mention.findMany({ where: { writeupId: w.id, source: "detected" }, include: { talk: true, speaker: true } });
  assert.ok(links.some((m) => m.talk?.slug === "docker-500-going-fast-while-protecting-data"));
  assert.ok(links.some((m) => m.speaker?.slug === "diogo-monica"));
});
