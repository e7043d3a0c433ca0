import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { loadMigrations, migrate } from "@/lib/server/migrate";

test("migrating a database with data keeps every row, even through a table redefinition", async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "hallway-migrate-"));
  const file = path.join(root, "db.sqlite");
  try {
    // Stop at 0002, fill in rows that point at Talk, then apply the rest.
    const early = path.join(root, "prisma/sqlite/migrations");
    mkdirSync(early, { recursive: true });
    for (const name of ["0001_init", "0002_sources_trash_ratelimit"]) {
      cpSync(path.join("prisma/sqlite/migrations", name), path.join(early, name), { recursive: true });
    }
    assert.deepEqual((await migrate(`file:${file}`, root)).applied, ["0001_init", "0002_sources_trash_ratelimit"]);
    const db = new Database(file);
    const now = Date.now();
    db.exec(`INSERT INTO Conference (id, slug, name, updatedAt) VALUES ('c1', 'c', 'C', ${now});
      INSERT INTO Talk (id, conferenceId, slug, title, updatedAt) VALUES ('t1', 'c1', 't', 'T', ${now});
      INSERT INTO Speaker (id, slug, name, normalizedName, updatedAt) VALUES ('s1', 's', 'S', 's', ${now});
      INSERT INTO TalkSpeaker (talkId, speakerId, position) VALUES ('t1', 's1', 0);
      INSERT INTO User (id, email, updatedAt) VALUES ('u1', 'u@example.com', ${now});
      INSERT INTO Writeup (id, authorId, slug, title, body, bodyHtml, updatedAt) VALUES ('w1', 'u1', 'w', 'W', 'T', '<p>T</p>', ${now});
      INSERT INTO Mention (id, writeupId, kind, talkId, text, start, "end", source) VALUES ('m1', 'w1', 'talk', 't1', 'T', 0, 1, 'detected');`);
    db.close();

    const result = await migrate(`file:${file}`);
    assert.ok(result.applied.length >= 1);
    const after = new Database(file);
    assert.equal((after.prepare("SELECT count(*) AS n FROM TalkSpeaker").get() as { n: number }).n, 1);
    assert.equal((after.prepare("SELECT count(*) AS n FROM Mention").get() as { n: number }).n, 1);
    assert.equal((after.prepare("SELECT links FROM Talk WHERE id = 't1'").get() as { links: string }).links, "[]");
    after.close();
    assert.deepEqual((await migrate(`file:${file}`)).applied, [], "a second run applies nothing");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("migrations are loaded in order with stable checksums", () => {
  const list = loadMigrations("sqlite");
  assert.deepEqual(list.map((m) => m.name), [...list.map((m) => m.name)].sort());
  assert.match(list[0]!.checksum, /^[0-9a-f]{64}$/);
  assert.equal(loadMigrations("postgresql").length, list.length, "both providers have the same number of migrations");
});
