/**
 * The content version (migration 0007): triggers bump it for every change a
 * reader page can show, and never for a draft's autosave. The production
 * server's micro-cache relies on it to know when a cached page is stale.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { providerOfDb } from "@/lib/server/db";
import { contentVersion } from "@/lib/server/repositories/content-version";
import { createDraft, publishWriteup, saveWriteup, trashWriteup, unpublishWriteup, type Actor } from "@/lib/server/services/writeup-lifecycle";
import { importUploadedProgramme } from "@/lib/server/services/admin";
import { mergeSpeakers } from "@/lib/server/services/merge-speakers";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let author: Actor;
before(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  author = { id: (await t.db.user.create({ data: { email: "cv@example.com", name: "CV", username: "cv", role: "organizer" } })).id, role: "organizer" };
});
after(async () => {
  await t.drop();
});

async function bumps(what: () => Promise<unknown>): Promise<boolean> {
  const before = await contentVersion(t.db);
  await what();
  return (await contentVersion(t.db)) > before;
}

test("every trigger of migration 0007 is there (a later SQLite table redefinition would drop them)", async () => {
  const names =
    providerOfDb(t.db) === "postgresql"
      ? (await t.db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT t.tgname::text AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND t.tgname LIKE 'content_%'`,
        )).map((r) => r.name)
      : (await t.db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'content_%'`)).map((r) => r.name);
  for (const table of ["conference", "talk", "speaker", "talkspeaker", "speakerslugredirect", "writeupslugredirect"]) {
    assert.ok(names.some((n) => n.startsWith(`content_${table}`)), `a trigger on ${table}: ${names.join(", ")}`);
  }
  for (const n of ["content_writeup_insert", "content_writeup_update", "content_writeup_delete", "content_user_update"]) assert.ok(names.includes(n), n);
});

test("a draft's life bumps nothing; publishing, unpublishing and trashing a published writeup do", async () => {
  const draft = await createDraft(t.db, author, { title: "Versioned", body: "Draft text.", conferenceSlugs: [] });
  assert.equal(await bumps(() => saveWriteup(t.db, author, draft.id, draft.version, { title: "Versioned", body: "Autosaved text.", conferenceSlugs: [] })), false, "an autosave");
  assert.equal(await bumps(() => publishWriteup(t.db, author, draft.id)), true, "publish");
  assert.equal(await bumps(() => unpublishWriteup(t.db, author, draft.id)), true, "unpublish");
  assert.equal(await bumps(() => publishWriteup(t.db, author, draft.id)), true, "publish again");
  assert.equal(await bumps(() => trashWriteup(t.db, author, draft.id)), true, "trash");
});

test("programme imports, speaker merges and profile changes bump it", async () => {
  const csv = "title,day,start,end,speakers\nVersioned talk,2026-06-01,10:00,10:30,Vera Version\nOther talk,2026-06-01,11:00,11:30,Vera Versioned\n";
  assert.equal(await bumps(() => importUploadedProgramme(t.db, author, { filename: "v.csv", text: csv, conferenceSlug: "versionconf-2026", dryRun: false })), true, "import");
  assert.equal(await bumps(() => importUploadedProgramme(t.db, author, { filename: "v.csv", text: csv, conferenceSlug: "versionconf-2026", dryRun: true })), false, "a check only");
  assert.equal(await bumps(() => mergeSpeakers(t.db, "vera-version", "vera-versioned")), true, "merge");
  assert.equal(await bumps(() => t.db.user.update({ where: { id: author.id }, data: { name: "Renamed" } })), true, "profile");
});
