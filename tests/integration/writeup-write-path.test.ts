/**
 * The write path's guarantees under concurrency and faults: two tabs saving
 * at once (one wins, the other gets the conflict with the newer text), a
 * link decision racing a save (both land, nothing is lost), and a write that
 * fails half-way (the previous version stays whole).
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { DomainError } from "@/lib/core/errors";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { transaction } from "@/lib/server/repositories/transaction";
import { readChangeContext, writeChange } from "@/lib/server/repositories/writeup-store";
import { createDraft, decideMention, saveWriteup, type Actor } from "@/lib/server/services/writeup-lifecycle";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let owner: Actor;
before(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  owner = { id: (await t.db.user.create({ data: { email: "tabs@example.com", name: "Tabs", role: "author" } })).id, role: "author" };
});
after(async () => {
  await t.drop();
});

const text = (body: string) => ({ title: "Two tabs at DockerCon", body, conferenceSlugs: ["dockercon-eu-2017"] });

test("two tabs save the same version at once: exactly one wins, the other gets the newer text", async () => {
  const w = await createDraft(t.db, owner, text("Started.\n"));
  const results = await Promise.allSettled([
    saveWriteup(t.db, owner, w.id, w.version, text("Tab one: Docker 500 by Diogo Mónica.\n")),
    saveWriteup(t.db, owner, w.id, w.version, text("Tab two: something else entirely.\n")),
  ]);
  const won = results.filter((r) => r.status === "fulfilled");
  const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  assert.equal(won.length, 1, "one save lands");
  assert.equal(lost.length, 1, "the other is refused");
  const error = lost[0]!.reason as DomainError<{ body: string; version: number }>;
  assert.ok(error instanceof DomainError && error.code === "conflict", String(error));
  const stored = await t.db.writeup.findUniqueOrThrow({ where: { id: w.id } });
  assert.equal(error.details?.body, stored.body, "the loser is offered exactly what was saved");
  assert.equal(stored.version, w.version + 1);
  assert.match(stored.body, /^Tab (one|two)/);
});

test("a link decision racing a save: both land, the decision is kept on the new text", async () => {
  const w = await createDraft(t.db, owner, text("I liked Docker 500: Going Fast while Protecting Data by Diogo Mónica.\n"));
  const m = await t.db.mention.findFirstOrThrow({ where: { writeupId: w.id, kind: "speaker" } });
  const decision = { kind: "speaker" as const, id: m.speakerId!, start: m.start, end: m.end, text: m.text, decision: "reject" as const };
  await Promise.all([
    decideMention(t.db, owner, w.id, decision),
    saveWriteup(t.db, owner, w.id, w.version, text("I liked Docker 500: Going Fast while Protecting Data by Diogo Mónica.\n\nMore later.\n")),
  ]);
  const stored = await t.db.writeup.findUniqueOrThrow({ where: { id: w.id }, include: { mentions: true } });
  assert.match(stored.body, /More later/, "the save landed");
  assert.ok(
    stored.mentions.some((x) => x.source === "rejected" && x.speakerId === m.speakerId),
    "the decision landed and survived the save",
  );
  assert.doesNotMatch(stored.bodyHtml, new RegExp(`href="/speakers/[^"]*"[^>]*>${m.text}<`), "a rejected speaker is not linked");
});

test("a write that fails half-way leaves the previous version whole", async () => {
  const w = await createDraft(t.db, owner, text("Docker 500 by Diogo Mónica, version one.\n"));
  const before = await t.db.writeup.findUniqueOrThrow({ where: { id: w.id }, include: { mentions: true } });
  const ctx = await readChangeContext(t.db, w.id);
  const state = ctx.writeup!;
  // The writeup row is updated first; the mention insert then fails (no such talk), so the transaction rolls back.
  await assert.rejects(
    transaction(t.db, (tx) =>
      writeChange(tx, {
        id: w.id,
        version: state.version,
        revision: state.revision,
        bumpVersion: true,
        columns: { body: "half-written", bodyHtml: "<p>half-written</p>" },
        mentions: [{ kind: "talk", id: "no-such-talk", start: 0, end: 4, text: "half", source: "confirmed", confidence: 1, reason: null, excerpt: "" }],
      }),
    ),
  );
  const after = await t.db.writeup.findUniqueOrThrow({ where: { id: w.id }, include: { mentions: true } });
  assert.equal(after.body, before.body);
  assert.equal(after.bodyHtml, before.bodyHtml);
  assert.equal(after.version, before.version);
  assert.equal(after.revision, before.revision);
  assert.deepEqual(after.mentions.map((x) => x.id).sort(), before.mentions.map((x) => x.id).sort());
});

test("a change derived from an older revision writes nothing", async () => {
  const w = await createDraft(t.db, owner, text("Docker 500.\n"));
  const ctx = await readChangeContext(t.db, w.id);
  const state = ctx.writeup!;
  assert.equal(await transaction(t.db, (tx) => writeChange(tx, { id: w.id, version: state.version, revision: state.revision, bumpVersion: false, columns: { bodyHtml: "<p>first</p>" } })), true);
  assert.equal(await transaction(t.db, (tx) => writeChange(tx, { id: w.id, version: state.version, revision: state.revision, bumpVersion: false, columns: { bodyHtml: "<p>stale</p>" } })), false);
  assert.equal((await t.db.writeup.findUniqueOrThrow({ where: { id: w.id } })).bodyHtml, "<p>first</p>");
});
