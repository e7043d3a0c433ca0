import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { DomainError } from "@/lib/core/errors";
import { createUserAccount, promoteConfiguredAdmin } from "@/lib/server/auth/provision-user";
import { getAuthorPage } from "@/lib/server/queries/author-page";
import { getProfile, saveProfile } from "@/lib/server/services/profile";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
before(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.db.user.deleteMany();
});
after(async () => {
  await t.drop();
});

const noAdminEmail = { adminEmail: null };

test("the first person to sign up is admin; the next ones are authors", async () => {
  const first = await createUserAccount(t.db, { name: "Ada", email: "ada@example.com" }, noAdminEmail);
  const second = await createUserAccount(t.db, { name: "Grace", email: "grace@example.com" }, noAdminEmail);
  assert.equal(first.role, "admin");
  assert.equal(second.role, "author");
});

test("a seeded author who never signed up doesn't stop the first sign-up becoming admin", async () => {
  await t.db.user.create({ data: { email: "demo@hallway.example", name: "Demo Attendee", username: "demo", role: "author" } });
  const first = await createUserAccount(t.db, { email: "owner@example.com" }, noAdminEmail);
  assert.equal(first.role, "admin");
});

test("two simultaneous first sign-ups: exactly one becomes admin", async () => {
  const users = await Promise.all(
    Array.from({ length: 8 }, (_, i) => createUserAccount(t.db, { name: "Same Name", email: `racer${i}@example.com` }, noAdminEmail)),
  );
  assert.equal(users.filter((u) => u.role === "admin").length, 1);
  // …and the same display name still gives eight different usernames.
  assert.equal(new Set(users.map((u) => u.username)).size, 8);
  assert.equal(await t.db.user.count({ where: { role: "admin" } }), 1);
});

test("with HALLWAY_ADMIN_EMAIL, that user is admin and nobody else, first or not", async () => {
  const adminEmail = "boss@example.com";
  const first = await createUserAccount(t.db, { email: "stranger@example.com" }, { adminEmail });
  const boss = await createUserAccount(t.db, { email: "Boss@Example.com", name: "The Boss" }, { adminEmail });
  assert.equal(first.role, "author");
  assert.equal(boss.role, "admin");
  assert.equal(boss.email, "boss@example.com");
});

test("a user who signed up before HALLWAY_ADMIN_EMAIL named them is promoted at sign-in", async () => {
  await createUserAccount(t.db, { email: "first@example.com" }, noAdminEmail);
  const later = await createUserAccount(t.db, { email: "boss@example.com" }, noAdminEmail);
  assert.equal(later.role, "author");
  await promoteConfiguredAdmin(t.db, later.id, "boss@example.com", null);
  assert.equal((await t.db.user.findUniqueOrThrow({ where: { id: later.id } })).role, "author");
  await promoteConfiguredAdmin(t.db, later.id, "BOSS@example.com", "boss@example.com");
  assert.equal((await t.db.user.findUniqueOrThrow({ where: { id: later.id } })).role, "admin");
});

test("usernames come from the handle, the name or the email, and are unique", async () => {
  const a = await createUserAccount(t.db, { name: "Jane Doe", email: "jane@example.com" }, noAdminEmail);
  const b = await createUserAccount(t.db, { name: "Jane Doe", email: "jane2@example.com" }, noAdminEmail);
  const c = await createUserAccount(t.db, { name: null, email: "j.smith@example.com" }, noAdminEmail);
  const d = await createUserAccount(t.db, { name: "Octo Cat", email: "octo@example.com", login: "octocat" }, noAdminEmail);
  assert.deepEqual([a.username, b.username, c.username, d.username], ["jane-doe", "jane-doe-2", "j-smith", "octocat"]);
});

test("the profile round trip, a taken username, and the author page", async () => {
  const jane = await createUserAccount(t.db, { name: "Jane", email: "jane@example.com" }, noAdminEmail);
  const john = await createUserAccount(t.db, { name: "John", email: "john@example.com" }, noAdminEmail);
  const saved = await saveProfile(t.db, jane.id, {
    name: "Jane Q. Public",
    username: "janeq",
    bio: "Writes up every KubeCon.",
    links: [{ label: "Site", url: "https://jane.example" }],
  });
  assert.deepEqual(saved, { username: "janeq", previousUsername: "jane" });
  const profile = await getProfile(t.db, jane.id);
  assert.equal(profile?.name, "Jane Q. Public");
  assert.deepEqual(profile?.links, [{ label: "Site", url: "https://jane.example" }]);

  await assert.rejects(
    saveProfile(t.db, john.id, { name: "John", username: "janeq", bio: null, links: [] }),
    (e: unknown) => e instanceof DomainError && e.code === "conflict" && e.field === "username",
  );

  const page = await getAuthorPage(t.db, "janeq");
  assert.equal(page?.author.name, "Jane Q. Public");
  assert.equal(page?.writeups.total, 0);
  assert.equal(await getAuthorPage(t.db, "jane"), null);

  await t.db.writeup.createMany({
    data: [
      { authorId: jane.id, slug: "pub", title: "Published", body: "", bodyHtml: "", status: "published", publishedAt: new Date("2026-01-01") },
      { authorId: jane.id, slug: "draft", title: "Draft", body: "", bodyHtml: "", status: "draft" },
      { authorId: jane.id, slug: "trashed", title: "Trashed", body: "", bodyHtml: "", status: "published", publishedAt: new Date(), deletedAt: new Date() },
    ],
  });
  const withWriteups = await getAuthorPage(t.db, "janeq");
  assert.deepEqual(withWriteups?.writeups.items.map((w) => w.slug), ["pub"]);
});
