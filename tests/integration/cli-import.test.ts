/**
 * The command line, as a person runs it: bad input gets a message that names
 * the file, the place and the field, exits with status 2, and leaves the
 * database exactly as it was.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, truncateSync, writeFileSync, closeSync, openSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { programmePath } from "../unit/programme/fixtures";

let t: TestDb;
let dir: string;
before(async () => {
  t = await createTestDb();
  dir = mkdtempSync(path.join(os.tmpdir(), "hallway-cli-"));
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

/** A fingerprint of everything the import touches. */
async function snapshot(): Promise<string> {
  const rows = await Promise.all([
    t.db.conference.findMany({ orderBy: { id: "asc" } }),
    t.db.talk.findMany({ orderBy: { id: "asc" } }),
    t.db.speaker.findMany({ orderBy: { id: "asc" } }),
    t.db.talkSpeaker.findMany({ orderBy: [{ talkId: "asc" }, { speakerId: "asc" }] }),
    t.db.speakerSource.findMany({ orderBy: [{ origin: "asc" }, { externalId: "asc" }] }),
  ]);
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}

test("imports a schedule file, then a dry run and a re-import change nothing", async () => {
  const first = hallway("import", programmePath("lantern-congress-schedule.xml"));
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /7\. Lantern Congress \(7-lantern-congress\): conference created/);
  assert.match(first.out, /talks\s+9 created/);
  const before = await snapshot();

  const dry = hallway("import", programmePath("lantern-congress-schedule.xml"), "--dry-run", "--conference", "lantern-seven");
  assert.equal(dry.code, 0, dry.err);
  assert.match(dry.out, /^Dry run, nothing was written\. .*\(lantern-seven\): conference created/);
  assert.equal(await snapshot(), before);

  const again = hallway("import", programmePath("lantern-congress-schedule.xml"));
  assert.match(again.out, /talks\s+0 created, 0 updated, 9 unchanged, 0 removed, 0 withdrawn/);
  assert.equal(await snapshot(), before);
});

const BAD: [name: string, make: () => string, expected: RegExp, extra?: string[]][] = [
  ["a malformed file", () => file("broken.xml", '<?xml version="1.0"?>\n<schedule>\n<conference><title>X</title>\n</schedule>\n'), /broken\.xml, line \d+/],
  ["an unknown format", () => file("notes.txt", "just some notes\n"), /notes\.txt.*unknown format/],
  ["a forced format that does not fit", () => programmePath("lantern-congress-schedule.xml"), /lantern-congress-schedule\.xml/, ["--format", "ical"]],
  ["an unknown --format", () => programmePath("lantern-congress-schedule.xml"), /--format: unknown format 'pdf'/, ["--format", "pdf"]],
  [
    "a required field missing",
    () => file("missing.json", JSON.stringify({ hallway: 1, conference: { name: "C" }, talks: [{ kind: "talk", speakers: [] }] })),
    /missing\.json.*\$\.talks\[0\].*title/,
  ],
  [
    "duplicate ids",
    () => file("dupes.json", JSON.stringify({ hallway: 1, conference: { name: "C" }, talks: [{ id: "a", title: "One" }, { id: "a", title: "Two" }] })),
    /dupes\.json.*\$\.talks\[1\].*id.*'a'/,
  ],
  [
    "an impossible time",
    () => file("time.csv", "title,day,start\nFine,2026-01-01,09:00\nBroken,2026-01-01,25:99\n"),
    /time\.csv, line 3.*start.*25:99/,
  ],
  [
    "an XML external entity",
    () => file("xxe.xml", '<?xml version="1.0"?>\n<!DOCTYPE schedule [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<schedule><conference><title>&x;</title></conference></schedule>\n'),
    /xxe\.xml.*(entit|DOCTYPE)/i,
  ],
  [
    "a file of 50 MB",
    () => {
      const p = path.join(dir, "huge.xml");
      closeSync(openSync(p, "w"));
      truncateSync(p, 50_000_000);
      return p;
    },
    /huge\.xml.*50(\.0)? MB/,
  ],
];

for (const [name, make, expected, extra] of BAD) {
  test(`refuses ${name}, says where, and writes nothing`, async () => {
    const before = await snapshot();
    const result = hallway("import", make(), ...(extra ?? []));
    assert.equal(result.code, 2, `exit code; stderr: ${result.err}`);
    assert.match(result.err, expected);
    assert.doesNotMatch(result.err, /\n\s+at /, "no stack trace");
    assert.equal(await snapshot(), before);
  });
}

test("detect prints the mentions of a markdown file as JSON", async () => {
  const md = file("trip.md", "At the Lantern Congress I loved the talk \u201cMending Forgotten Radios\u201d.\n");
  const result = hallway("detect", md, "--conference", "7-lantern-congress");
  assert.equal(result.code, 0, result.err);
  const parsed = JSON.parse(result.out) as { mentions: { kind: string; title?: string; conference?: string; start: number; end: number; text: string; action: string }[] };
  const talk = parsed.mentions.find((m) => m.kind === "talk");
  assert.ok(talk, result.out);
  assert.equal(talk.action, "link");
  assert.ok(parsed.mentions.every((m) => m.action === "link" || m.action === "suggest"), result.out);
  assert.equal(talk.conference, "7-lantern-congress");
  assert.match(talk.title ?? "", /Mending Forgotten Radios/i);
  assert.equal(talk.text, "Mending Forgotten Radios");
});
