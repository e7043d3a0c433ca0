/**
 * `hallway writeups import|export`, as a person moving a blog runs it: one line
 * per writeup with its URL path, files written back out, and bad input refused
 * with a located message, exit status 2 and nothing written.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let dir: string;
let trip: string;
let draft: string;
before(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  dir = mkdtempSync(path.join(os.tmpdir(), "hallway-cli-writeups-"));
  trip = file(
    "trip.md",
    "---\ntitle: DockerCon from the hallway\nconference: dockercon-eu-2017\nlayout: post\n---\n\nThe best was „Docker 500: Going fast while protecting data“.\n",
  );
  draft = file("draft.md", "---\ntitle: Still writing\nstatus: draft\n---\n\nSoon.\n");
});
after(async () => {
  await t.drop();
  rmSync(dir, { recursive: true, force: true });
});

function hallway(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/hallway.ts", ...args], {
    env: { ...process.env, DATABASE_URL: t.url },
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function snapshot(): Promise<string> {
  const rows = await Promise.all([
    t.db.user.findMany({ orderBy: { id: "asc" } }),
    t.db.writeup.findMany({ orderBy: { id: "asc" } }),
    t.db.mention.findMany({ orderBy: { id: "asc" } }),
  ]);
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}


test("import prints one line per writeup with its path and links, then updates in place", async () => {
  const first = hallway("writeups", "import", trip, draft, "--author", "blogger@example.com");
  assert.equal(first.code, 0, first.err);
  assert.equal(
    first.out,
    [
      "created author blogger@example.com (/authors/blogger)",
      `created /writeups/dockercon-from-the-hallway: 1 talk and 0 speakers linked (${trip})`,
      `created /writeups/still-writing (draft): 0 talks and 0 speakers linked (${draft})`,
      "",
    ].join("\n"),
  );
  assert.equal(first.err, `hallway: ${trip}, line 4: front matter field 'layout' is not used by Hallway; ignored\n`);

  const again = hallway("writeups", "import", trip, "--author", "blogger@example.com");
  assert.equal(again.code, 0, again.err);
  assert.equal(again.out, `updated /writeups/dockercon-from-the-hallway: 1 talk and 0 speakers linked (${trip})\n`);
  assert.equal(await t.db.writeup.count({ where: { author: { email: "blogger@example.com" } } }), 2);
});

test("export writes the files back out, and says which it overwrote", () => {
  const out = path.join(dir, "export", "nested");
  const first = hallway("writeups", "export", "--author", "blogger@example.com", out);
  assert.equal(first.code, 0, first.err);
  assert.deepEqual(readdirSync(out).sort(), ["dockercon-from-the-hallway.md", "still-writing.md"]);
  assert.equal(
    first.out,
    [
      `wrote ${path.join(out, "dockercon-from-the-hallway.md")}`,
      `wrote ${path.join(out, "still-writing.md")}`,
      `Exported 2 writeups (1 draft) by blogger@example.com to ${out}.`,
      "",
    ].join("\n"),
  );
  const text = readFileSync(path.join(out, "dockercon-from-the-hallway.md"), "utf8");
  assert.match(text, /^---\ntitle: DockerCon from the hallway\nslug: dockercon-from-the-hallway\nstatus: published\ndate: \S+\nconference: dockercon-eu-2017\n---\n\nThe best was/);

  const second = hallway("writeups", "export", "--author", "blogger@example.com", out);
  assert.match(second.out, /^overwrote .*dockercon-from-the-hallway\.md$/m);
  assert.equal(readFileSync(path.join(out, "dockercon-from-the-hallway.md"), "utf8"), text);

  const zip = path.join(dir, "all.zip");
  const zipped = hallway("writeups", "export", "--author", "blogger@example.com", zip);
  assert.equal(zipped.code, 0, zipped.err);
  assert.equal(zipped.out, `wrote ${zip}: 2 writeups (1 draft)\n`);
  assert.ok(existsSync(zip));
});

test("bad input: exit status 2, the file, line and field named, nothing written", async () => {
  const before = await snapshot();
  const bad = file("bad.md", "---\ntitle: Trip\nconference: nope-2019\n---\n\nx\n");
  const result = hallway("writeups", "import", trip, bad, "--author", "someone-new@example.com");
  assert.equal(result.code, 2, `exit code; stderr: ${result.err}`);
  assert.match(result.err, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, line 3: front matter field 'conference' names 'nope-2019', which is not a conference on this site\nNothing was imported\\.`));
  assert.doesNotMatch(result.err, /\n\s+at /, "no stack trace");
  assert.equal(result.out, "");
  assert.equal(await snapshot(), before);
});

test("usage mistakes exit 2 with the usage", () => {
  for (const args of [["writeups", "import", trip], ["writeups", "export", "--author", "x@example.com"], ["writeups", "publish"], ["writeups", "import", dir, "--author", "a@example.com"]]) {
    const result = hallway(...args);
    assert.equal(result.code, 2, `${args.join(" ")}: ${result.err}`);
    assert.match(result.err, /Usage:\n.*writeups import <file\.md \.\.\.> --author <email>/s);
  }
  const unknown = hallway("writeups", "export", "--author", "nobody@example.com", path.join(dir, "none"));
  assert.equal(unknown.code, 2);
  assert.equal(unknown.err, "hallway: no user has the email nobody@example.com\n");
  assert.ok(!existsSync(path.join(dir, "none")), "no folder for an unknown author");
});
