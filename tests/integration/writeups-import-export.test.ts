/**
 * Moving writing in and out: import writeup files onto the demo content (real
 * SQLite, or PostgreSQL with TEST_DATABASE_URL), update in place on re-import,
 * roll back a bad batch whole, and export the same files back, as files and as
 * a zip read by an independent unzip (Python's zipfile).
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedDemo, DEMO_AUTHOR, DEMO_AUTHORS } from "@/prisma/seed/seed-demo";
import { parseWriteupFiles } from "@/lib/core/writeups/front-matter";
import { WriteupImportError } from "@/lib/core/writeups/writeup-file-error";
import type { Db } from "@/lib/server/db";
import { importWriteups } from "@/lib/server/services/import-writeups";
import { exportWriteups, exportZip } from "@/lib/server/services/export-writeups";
import { DomainError } from "@/lib/core/errors";
import { decideMention } from "@/lib/server/services/writeup-lifecycle";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let dir: string;
before(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  dir = mkdtempSync(path.join(os.tmpdir(), "hallway-writeups-"));
});
after(async () => {
  await t.drop();
  rmSync(dir, { recursive: true, force: true });
});

const DOCKER_500 = "/conferences/dockercon-eu-2017/talks/docker-500-going-fast-while-protecting-data";

const trip = (extra: string[] = [], body = "My favourite talk was „Docker 500: Going fast while protecting data“ on day two.") =>
  ["---", "title: Copenhagen notes", "conference: dockercon-eu-2017", ...extra, "---", "", body, ""].join("\n");

function importFiles(email: string, files: [name: string, text: string][], db: Db = t.db) {
  return importWriteups(db, parseWriteupFiles(files.map(([file, text]) => ({ file, text }))), { authorEmail: email });
}

/** A fingerprint of everything an import may write. */
async function snapshot(): Promise<string> {
  const rows = await Promise.all([
    t.db.user.findMany({ orderBy: { id: "asc" } }),
    t.db.writeup.findMany({ orderBy: { id: "asc" } }),
    t.db.writeupConference.findMany({ orderBy: [{ writeupId: "asc" }, { conferenceId: "asc" }] }),
    t.db.mention.findMany({ orderBy: { id: "asc" } }),
    t.db.writeupSlugRedirect.findMany({ orderBy: { slug: "asc" } }),
  ]);
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}

async function rejects(promise: Promise<unknown>, messages: string[]) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof WriteupImportError, String(error));
    assert.deepEqual(error.problems.map((p) => p.message), messages);
    return true;
  });
}

test("an import creates the author and the writeup, linked to the talks it mentions", async () => {
  const result = await importFiles("Jane.Doe@Example.com", [
    ["copenhagen.md", trip(["date: 2017-10-21", "summary: Three days in Copenhagen.", "canonical_url: https://jane.example/copenhagen"])],
  ]);
  assert.deepEqual(result.author, { id: result.author.id, email: "jane.doe@example.com", username: "jane-doe", created: true });
  const user = await t.db.user.findUniqueOrThrow({ where: { email: "jane.doe@example.com" } });
  assert.equal(user.name, "Jane.Doe".toLowerCase());
  assert.equal(user.role, "author");

  assert.equal(result.writeups.length, 1);
  const imported = result.writeups[0]!;
  assert.deepEqual({ ...imported }, { file: "copenhagen.md", slug: "copenhagen-notes", path: "/writeups/copenhagen-notes", action: "created", restored: false, status: "published", talks: 1, speakers: 0, suggestions: imported.suggestions });

  const w = await t.db.writeup.findUniqueOrThrow({ where: { slug: "copenhagen-notes" }, include: { conferences: { include: { conference: true } }, mentions: { include: { talk: true } } } });
  assert.equal(w.authorId, user.id);
  assert.equal(w.status, "published");
  assert.equal(w.publishedAt?.toISOString(), "2017-10-21T00:00:00.000Z");
  assert.equal(w.summary, "Three days in Copenhagen.");
  assert.equal(w.canonicalUrl, "https://jane.example/copenhagen");
  assert.deepEqual(w.conferences.map((c) => c.conference.slug), ["dockercon-eu-2017"]);
  const talk = w.mentions.find((m) => m.kind === "talk");
  assert.equal(talk?.talk?.slug, "docker-500-going-fast-while-protecting-data");
  assert.equal(talk?.source, "detected");
  assert.match(w.bodyHtml, new RegExp(`<a href="${DOCKER_500}"[^>]*>`), "rendered on write, with the link");
  assert.match(w.excerpt, /favourite talk/);
});

test("importing the same file again updates that writeup in place", async () => {
  const before = await t.db.writeup.findUniqueOrThrow({ where: { slug: "copenhagen-notes" } });
  const redirects = await t.db.writeupSlugRedirect.count();
  const result = await importFiles("jane.doe@example.com", [["copenhagen.md", trip(["date: 2017-10-21", "summary: Edited."])]]);
  assert.equal(result.author.created, false);
  assert.equal(result.writeups[0]?.action, "updated");
  const after = await t.db.writeup.findUniqueOrThrow({ where: { slug: "copenhagen-notes" } });
  assert.equal(after.id, before.id);
  assert.equal(after.version, before.version + 1);
  assert.equal(after.summary, "Edited.");
  assert.equal(after.canonicalUrl, null, "what the file no longer says is cleared");
  assert.equal(await t.db.writeup.count({ where: { authorId: before.authorId } }), 1, "no duplicate");
  assert.equal(await t.db.writeupSlugRedirect.count(), redirects, "nothing else recorded");
  assert.equal(await t.db.mention.count({ where: { writeupId: before.id, kind: "talk" } }), 1, "links detected again, not doubled");
});

test("a re-import keeps the author's decisions about links", async () => {
  const w = await t.db.writeup.findUniqueOrThrow({ where: { slug: "copenhagen-notes" }, include: { mentions: true, author: true } });
  const m = w.mentions.find((x) => x.kind === "talk")!;
  await decideMention(t.db, { id: w.author.id, role: w.author.role }, w.id, { kind: "talk", id: m.talkId!, start: m.start, end: m.end, text: m.text, decision: "reject" });
  const result = await importFiles("jane.doe@example.com", [["copenhagen.md", trip(["date: 2017-10-21"])]]);
  assert.equal(result.writeups[0]?.talks, 0);
  const html = (await t.db.writeup.findUniqueOrThrow({ where: { id: w.id } })).bodyHtml;
  assert.doesNotMatch(html, new RegExp(DOCKER_500), "a rejected link stays unlinked");
  assert.equal(await t.db.mention.count({ where: { writeupId: w.id, source: "rejected" } }), 1);
});

test("drafts stay drafts, through a re-import and an export", async () => {
  const text = ["---", "title: Half-written", "status: draft", "date: 2017-10-22", "---", "", "To be continued.", ""].join("\n");
  const first = await importFiles("jane.doe@example.com", [["draft.md", text]]);
  assert.equal(first.writeups[0]?.status, "draft");
  await importFiles("jane.doe@example.com", [["draft.md", text]]);
  const w = await t.db.writeup.findUniqueOrThrow({ where: { slug: "half-written" } });
  assert.equal(w.status, "draft");
  assert.equal(w.publishedAt, null, "a draft has no publication date");
  const exported = (await exportWriteups(t.db, { authorEmail: "jane.doe@example.com" })).find((f) => f.filename === "half-written.md");
  assert.equal(exported?.status, "draft");
  assert.match(exported?.text ?? "", /^status: draft$/m);
});

test("an existing author is used as they are; a new one gets a free username", async () => {
  const demo = await t.db.user.findUniqueOrThrow({ where: { email: DEMO_AUTHOR.email } });
  const mine = await importFiles(DEMO_AUTHOR.email, [["demo.md", trip([], "Another note.").replace("Copenhagen notes", "Demo notes")]]);
  assert.equal(mine.author.created, false);
  assert.equal(mine.author.id, demo.id);
  assert.equal((await t.db.user.findUniqueOrThrow({ where: { id: demo.id } })).username, "maja");

  // maja@… elsewhere would be "maja", which the demo author has.
  const other = await importFiles("maja@elsewhere.example", [["x.md", trip([], "Hello.").replace("Copenhagen notes", "Elsewhere notes")]]);
  assert.equal(other.author.created, true);
  assert.equal(other.author.username, "maja-2");
});

test("a title another author already used gets the next free slug, and keeps it on re-import", async () => {
  const first = await importFiles("sam@example.com", [["c.md", trip([], "Sam's take.")]]);
  assert.equal(first.writeups[0]?.slug, "copenhagen-notes-2");
  const again = await importFiles("sam@example.com", [["c.md", trip([], "Sam's take, edited.")]]);
  assert.deepEqual([again.writeups[0]?.action, again.writeups[0]?.slug], ["updated", "copenhagen-notes-2"]);
});

test("bad input is refused whole, every problem named, nothing written", async () => {
  const before = await snapshot();
  const good = trip(["slug: fine-one"]);
  await rejects(
    importFiles("newcomer@example.com", [
      ["good.md", good],
      ["trip.md", ["---", "title: Trip", "conference: nope-2019", "---", "", "x"].join("\n")],
      ["list.md", ["---", "title: List", "conference:", "  - dockercon-eu-2017", "  - nope-2020", "---", "", "x"].join("\n")],
      ["same.md", trip(["slug: fine-one"]).replace("Copenhagen notes", "Other")],
      ["taken.md", trip(["slug: three-days-in-copenhagen"]).replace("Copenhagen notes", "Taken")],
      ["title-twice.md", ["---", "title: List", "---", "", "y"].join("\n")],
    ]),
    [
      "trip.md, line 3: front matter field 'conference' names 'nope-2019', which is not a conference on this site",
      "list.md, line 5: front matter field 'conference' names 'nope-2020', which is not a conference on this site",
      "same.md, line 4: front matter field 'slug' is 'fine-one', which good.md also uses",
      "title-twice.md, line 2: front matter field 'title' makes the slug 'list', which list.md also uses; give one of them a 'slug'",
      "taken.md, line 4: front matter field 'slug' is 'three-days-in-copenhagen', which another author's writeup uses",
    ],
  );
  await rejects(importFiles("not-an-email", [["good.md", good]]), ["the author's email 'not-an-email' is not an email address"]);
  assert.equal(await snapshot(), before);
  assert.equal(await t.db.user.count({ where: { email: "newcomer@example.com" } }), 0);
});

test("a failure while writing rolls back the whole import, the new author included", async () => {
  const before = await snapshot();
  // The second writeup's insert fails inside the transaction, after the author and the first writeup were written.
  let inserts = 0;
  const failing = new Proxy(t.db, {
    get(target, prop, receiver) {
      if (prop !== "$transaction") return Reflect.get(target, prop, receiver);
      return (fn: (tx: unknown) => Promise<unknown>, options: unknown) =>
        target.$transaction(
          (tx) =>
            fn(
              new Proxy(tx, {
                get(txTarget, txProp, txReceiver) {
                  const model = Reflect.get(txTarget, txProp, txReceiver) as object;
                  if (txProp !== "writeup") return model;
                  return new Proxy(model, {
                    get(m, key, r) {
                      const value = Reflect.get(m, key, r) as (...args: unknown[]) => unknown;
                      if (key !== "create") return value;
                      return (...args: unknown[]) => {
                        if (++inserts === 2) throw new Error("disk full");
                        return value.apply(m, args);
                      };
                    },
                  });
                },
              }),
            ),
          options as { timeout: number },
        );
    },
  });
  await assert.rejects(
    importFiles("rollback@example.com", [["one.md", trip(["slug: rollback-one"])], ["two.md", trip(["slug: rollback-two"])]], failing),
    /disk full/,
  );
  assert.equal(inserts, 2);
  assert.equal(await snapshot(), before, "nothing was written");
});

test("a file naming a writeup in the author's trash brings it back; one naming an old slug updates the writeup it moved to", async () => {
  await importFiles("trash@example.com", [["t.md", trip(["slug: binned"])]]);
  const binned = await t.db.writeup.update({ where: { slug: "binned" }, data: { deletedAt: new Date() } });
  const result = await importFiles("trash@example.com", [["t.md", trip(["slug: binned"])]]);
  assert.deepEqual([result.writeups[0]?.action, result.writeups[0]?.restored], ["updated", true]);
  assert.equal((await t.db.writeup.findUniqueOrThrow({ where: { id: binned.id } })).deletedAt, null);

  await t.db.writeup.update({ where: { id: binned.id }, data: { slug: "binned-renamed", oldSlugs: { create: { slug: "binned" } } } });
  const moved = await importFiles("trash@example.com", [["t.md", trip(["slug: binned"])]]);
  assert.deepEqual([moved.writeups[0]?.action, moved.writeups[0]?.slug], ["updated", "binned-renamed"]);
  // Someone else's old slug is as taken as a current one.
  await rejects(importFiles("other@example.com", [["t.md", trip(["slug: binned"])]]), [
    "t.md, line 4: front matter field 'slug' is 'binned', which another author's writeup uses",
  ]);
});

test("export → import → export gives identical files; drafts included, the trash not", async () => {
  const email = "roundtrip@example.com";
  await importFiles(email, [
    ["a.md", ["---", 'title: "Day 1: keynotes"', "conference: [dockercon-eu-2017, container-camp-au-2017]", "date: 2017-10-17 09:30:00 +0200", "summary: >", "  Folded", "  summary.", "---", "", "„Docker 500: Going fast while protecting data“", ""].join("\n")],
    ["b.md", ["---", "title: Unfinished", "status: draft", "---", "", "Draft text.", ""].join("\n")],
    ["c.md", ["---", "title: Thrown away", "---", "", "Gone.", ""].join("\n")],
  ]);
  await t.db.writeup.update({ where: { slug: "thrown-away" }, data: { deletedAt: new Date() } });

  const first = await exportWriteups(t.db, { authorEmail: email });
  assert.deepEqual(first.map((f) => [f.filename, f.status]), [["day-1-keynotes.md", "published"], ["unfinished.md", "draft"]]);
  assert.equal(
    first[0]?.text,
    [
      "---",
      'title: "Day 1: keynotes"',
      "slug: day-1-keynotes",
      "status: published",
      "date: 2017-10-17T07:30:00Z",
      "conference: [container-camp-au-2017, dockercon-eu-2017]",
      "summary: Folded summary.",
      "---",
      "",
      "„Docker 500: Going fast while protecting data“",
      "",
    ].join("\n"),
  );

  const writeupsBefore = await t.db.writeup.count();
  const again = await importFiles(email, first.map((f) => [f.filename, f.text]));
  assert.ok(again.writeups.every((w) => w.action === "updated"));
  assert.equal(await t.db.writeup.count(), writeupsBefore);
  const second = await exportWriteups(t.db, { authorEmail: email });
  assert.deepEqual(second.map((f) => [f.filename, f.text]), first.map((f) => [f.filename, f.text]));

  // The demo writeups, loaded by the seed, round-trip too.
  for (const { email } of DEMO_AUTHORS) {
    const demo = await exportWriteups(t.db, { authorEmail: email });
    assert.ok(demo.length > 0, email);
    await importFiles(email, demo.map((f) => [f.filename, f.text]));
    assert.deepEqual((await exportWriteups(t.db, { authorEmail: email })).map((f) => f.text), demo.map((f) => f.text), email);
  }

  await assert.rejects(exportWriteups(t.db, { authorEmail: "nobody@example.com" }), (e) => e instanceof DomainError && e.code === "invalid" && e.message === "no user has the email nobody@example.com");
  await assert.rejects(exportWriteups(t.db, { authorEmail: "not an email" }), (e) => e instanceof DomainError && e.code === "invalid" && e.field === "author");
});

/** Reads a zip with Python's zipfile: names, dates and contents. */
function unzip(bytes: Uint8Array): { name: string; date: number[]; text: string }[] {
  const file = path.join(dir, `export-${Date.now()}.zip`);
  writeFileSync(file, bytes);
  const script = [
    "import json, sys, zipfile",
    "z = zipfile.ZipFile(sys.argv[1])",
    "assert z.testzip() is None",
    "print(json.dumps([{'name': i.filename, 'date': list(i.date_time), 'text': z.read(i).decode('utf-8')} for i in z.infolist()]))",
  ].join("\n");
  const result = spawnSync("python3", ["-c", script, file], { encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as { name: string; date: number[]; text: string }[];
}

test("the zip holds exactly the exported files", async () => {
  const files = await exportWriteups(t.db, { authorEmail: "roundtrip@example.com" });
  const entries = unzip(exportZip(files));
  assert.deepEqual(entries.map((e) => e.name), files.map((f) => f.filename));
  assert.deepEqual(entries.map((e) => e.text), files.map((f) => f.text));
  const saved = files[0]?.modifiedAt;
  assert.ok(saved);
  assert.deepEqual(entries[0]?.date.slice(0, 5), [saved.getUTCFullYear(), saved.getUTCMonth() + 1, saved.getUTCDate(), saved.getUTCHours(), saved.getUTCMinutes()]);

  const odd = unzip(exportZip([{ filename: "ünïcode-😀.md", text: "é\n".repeat(5000) }, { filename: "empty.md", text: "" }]));
  assert.deepEqual(odd.map((e) => [e.name, e.text.length]), [["ünïcode-😀.md", 10000], ["empty.md", 0]]);
  assert.deepEqual(unzip(exportZip([])), []);
  assert.throws(() => exportZip([{ filename: "../escape.md", text: "" }]), (e) => e instanceof DomainError && e.code === "invalid");
});

/** Reads a zip's entries' Unix permissions with Python's zipfile. */
function zipModes(bytes: Uint8Array): string[] {
  const file = path.join(dir, `modes-${Date.now()}.zip`);
  writeFileSync(file, bytes);
  const script = "import json, sys, zipfile\nprint(json.dumps([oct(i.external_attr >> 16) for i in zipfile.ZipFile(sys.argv[1]).infolist()]))";
  const result = spawnSync("python3", ["-c", script, file], { encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as string[];
}

test("the zip keeps the given order, writes dates in UTC (1980 when a zip can't hold the date), regular rw-r--r-- files, and refuses names it can't hold", () => {
  const entries = unzip(
    exportZip([
      { filename: "b.md", text: "b", modifiedAt: new Date("2017-10-20T23:59:58Z") },
      { filename: "10", text: "digits", modifiedAt: new Date("1970-01-01T00:00:00Z") },
      { filename: "a.md", text: "a" },
    ]),
  );
  assert.deepEqual(entries.map((e) => e.name), ["b.md", "10", "a.md"]);
  assert.deepEqual(entries.map((e) => e.date), [[2017, 10, 20, 23, 59, 58], [1980, 1, 1, 0, 0, 0], [1980, 1, 1, 0, 0, 0]]);
  assert.deepEqual(zipModes(exportZip([{ filename: "a.md", text: "a" }])), ["0o100644"]);
  for (const filename of ["", ".", "..", "dir/a.md", "dir\\a.md"]) {
    assert.throws(() => exportZip([{ filename, text: "" }]), (e) => e instanceof DomainError && e.code === "invalid", JSON.stringify(filename));
  }
  assert.throws(() => exportZip([{ filename: "a.md", text: "1" }, { filename: "a.md", text: "2" }]), { message: "two files are named 'a.md'" });
});
