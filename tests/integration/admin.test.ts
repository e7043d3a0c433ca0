/**
 * The admin area's rules, in the services and repositories behind it: only an
 * admin changes roles and the site always keeps one; only organizers and
 * admins import programmes, and a bad file changes nothing; moderation lists
 * never show drafts or the trash; likely duplicate speakers are found.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { ProgrammeError } from "@/lib/core/programme/programme-error";
import { DomainError } from "@/lib/core/errors";
import { importUploadedProgramme, setUserRole } from "@/lib/server/services/admin";
import { getModerationList, getPeopleList, likelyDuplicateSpeakers } from "@/lib/server/queries/admin-lists";
import { createDraft, publishWriteup, trashWriteup, type Actor } from "@/lib/server/services/writeup-lifecycle";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let author: Actor;
let organizer: Actor;
let admin: Actor;
before(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  const mk = async (email: string, role: string) => ({ id: (await t.db.user.create({ data: { email, name: `${role} person`, username: email.split("@")[0], role } })).id, role });
  author = await mk("author@example.com", "author");
  organizer = await mk("organizer@example.com", "organizer");
  admin = await mk("admin@example.com", "admin");
});
after(async () => {
  await t.drop();
});

const CSV = `title,day,start,end,room,speakers
Opening keynote,2026-03-02,09:00,09:45,Main hall,Ada Lovelace
Closing panel,2026-03-02,17:00,17:45,Main hall,Grace Hopper`;

test("only an admin changes roles; anonymous, authors and organizers are refused", async () => {
  for (const actor of [null, author, organizer]) {
    await assert.rejects(setUserRole(t.db, actor, author.id, "organizer"), (e: unknown) => e instanceof DomainError && e.code === "forbidden");
  }
  assert.equal((await t.db.user.findUniqueOrThrow({ where: { id: author.id } })).role, "author");
  await setUserRole(t.db, admin, author.id, "reader");
  assert.equal((await t.db.user.findUniqueOrThrow({ where: { id: author.id } })).role, "reader");
  await assert.rejects(setUserRole(t.db, admin, author.id, "superuser"), (e: unknown) => e instanceof DomainError && e.code === "invalid");
  await setUserRole(t.db, admin, author.id, "author");
});

test("the last admin can't be demoted, by anyone, themselves included", async () => {
  const admins = await t.db.user.count({ where: { role: "admin" } });
  // The demo seed may have made its own admin; demote all but ours first.
  for (const u of await t.db.user.findMany({ where: { role: "admin", id: { not: admin.id } } })) await setUserRole(t.db, admin, u.id, "author");
  await assert.rejects(setUserRole(t.db, admin, admin.id, "author"), (e: unknown) => e instanceof DomainError && e.code === "conflict");
  await setUserRole(t.db, admin, organizer.id, "admin");
  await setUserRole(t.db, { ...organizer, role: "admin" }, admin.id, "organizer");
  assert.equal((await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).role, "organizer");
  // Back as it was.
  await setUserRole(t.db, { ...organizer, role: "admin" }, admin.id, "admin");
  await setUserRole(t.db, admin, organizer.id, "organizer");
  assert.ok(admins >= 1);
});

test("programme uploads: organizers import, authors can't, a bad file writes nothing", async () => {
  const upload = { filename: "smallconf-2026.csv", text: CSV, conferenceSlug: "smallconf-2026", timezone: "Europe/Copenhagen", dryRun: false };
  await assert.rejects(importUploadedProgramme(t.db, author, upload), (e: unknown) => e instanceof DomainError && e.code === "forbidden");
  await assert.rejects(importUploadedProgramme(t.db, null, upload), DomainError);
  assert.equal(await t.db.conference.count({ where: { slug: "smallconf-2026" } }), 0);

  const checked = await importUploadedProgramme(t.db, organizer, { ...upload, dryRun: true });
  assert.equal(checked.dryRun, true);
  assert.equal(checked.talks.created, 2);
  assert.equal(await t.db.conference.count({ where: { slug: "smallconf-2026" } }), 0, "a check saves nothing");

  const done = await importUploadedProgramme(t.db, organizer, upload);
  assert.equal(done.talks.created, 2);
  assert.equal(await t.db.talk.count({ where: { conference: { slug: "smallconf-2026" } } }), 2);

  const broken = CSV.replace("17:00", "25:99");
  await assert.rejects(importUploadedProgramme(t.db, admin, { ...upload, text: broken }), (e: unknown) => {
    assert.ok(e instanceof ProgrammeError);
    assert.match(e.message, /smallconf-2026\.csv/);
    assert.match(e.message, /line 3|row 2/);
    return true;
  });
  const talks = await t.db.talk.findMany({ where: { conference: { slug: "smallconf-2026" } }, select: { title: true, startsAt: true } });
  assert.equal(talks.length, 2, "the earlier import is untouched");
});

test("moderation lists published writeups only: never a draft, never the trash", async () => {
  const draft = await createDraft(t.db, author, { title: "Moderation draft zebra", body: "Private words.", conferenceSlugs: [] });
  const gone = await createDraft(t.db, author, { title: "Moderation trashed zebra", body: "Gone words.", conferenceSlugs: [] });
  await publishWriteup(t.db, author, gone.id);
  await trashWriteup(t.db, author, gone.id);
  const shown = await createDraft(t.db, author, { title: "Moderation published zebra", body: "Public words.", conferenceSlugs: [] });
  await publishWriteup(t.db, author, shown.id);

  const { rows, total } = await getModerationList(t.db, { page: 1, q: "zebra" });
  assert.deepEqual(
    rows.map((r) => r.title),
    ["Moderation published zebra"],
  );
  assert.equal(total, 1);
  assert.ok(!rows.some((r) => r.id === draft.id || r.id === gone.id));
  const byAuthor = await getModerationList(t.db, { page: 1, q: "author" });
  assert.ok(byAuthor.rows.some((r) => r.id === shown.id), "found by the author's username");
});

test("people: searching by email is for admins only", async () => {
  assert.equal((await getPeopleList(t.db, { role: "organizer" }, { page: 1, q: "organizer@example" })).total, 0);
  assert.equal((await getPeopleList(t.db, { role: "admin" }, { page: 1, q: "organizer@example" })).total, 1);
  assert.equal((await getPeopleList(t.db, { role: "organizer" }, { page: 1, q: "organizer" })).total, 1, "by username");
});

test("likely duplicate speakers: same name without accents, or a first name that starts the other", async () => {
  await t.db.speaker.createMany({
    data: [
      { slug: "jon-smithee", name: "Jon Smithee", normalizedName: "jon smithee" },
      { slug: "jonathan-smithee", name: "Jonathan Smithee", normalizedName: "jonathan smithee" },
      { slug: "zoe-quux", name: "Zoë Quux", normalizedName: "zoe quux" },
      { slug: "zoe-quux-2", name: "Zoe Quux", normalizedName: "zoe quux" },
      { slug: "anna-quux", name: "Anna Quux", normalizedName: "anna quux" },
    ],
  });
  const pairs = (await likelyDuplicateSpeakers(t.db, 1000)).map(([a, b]) => [a.slug, b.slug].sort().join(" + "));
  assert.ok(pairs.includes("jon-smithee + jonathan-smithee"), pairs.join("; "));
  assert.ok(pairs.includes("zoe-quux + zoe-quux-2"));
  assert.ok(!pairs.some((p) => p.includes("anna-quux")), "a different first name is a different person");
});
