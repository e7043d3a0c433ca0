/**
 * Learning from authors (issue 15): a confirmed suggestion, a picked
 * candidate or a manual link teaches a phrase for a talk; a rejection
 * teaches that the phrase does not mean it. Later writeups, by other
 * authors, are detected with what was learned; organizers correct it on the
 * talk's admin page. Runs on SQLite and, with TEST_DATABASE_URL, PostgreSQL.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { DomainError } from "@/lib/core/errors";
import { ALIAS_REASON, TRUSTED_ALIAS_REASON } from "@/lib/core/mentions/match-aliases";
import { groupSuggestions } from "@/lib/core/mentions/group-suggestions";
import { catalogVersion } from "@/lib/server/repositories/catalog";
import { addTalkAlias, flipTalkAlias, removeTalkAlias } from "@/lib/server/services/talk-aliases";
import { createDraft, decideMention, saveWriteup, type Actor } from "@/lib/server/services/writeup-lifecycle";
import { getAdminTalk } from "@/lib/server/queries/admin-talks";
import { createTestDb, type TestDb } from "../helpers/test-db";

const CONF = "dockercon-eu-2017";
let t: TestDb;
let organizer: Actor;
const authors: Actor[] = [];

before(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  for (const name of ["ada", "bo", "cy", "di"]) {
    const u = await t.db.user.create({ data: { email: `${name}@example.com`, username: `alias-${name}`, name, role: "author" } });
    authors.push({ id: u.id, role: u.role });
  }
  const o = await t.db.user.create({ data: { email: "org@example.com", username: "alias-org", role: "organizer" } });
  organizer = { id: o.id, role: o.role };
});
after(async () => {
  await t.drop();
});

const talkId = async (slug: string) => (await t.db.talk.findFirstOrThrow({ where: { slug, conference: { slug: CONF } } })).id;

/** A new writeup by `actor` with `body`, saved once: its stored mentions and open suggestions. */
async function write(actor: Actor, body: string) {
  const d = await createDraft(t.db, actor, { title: "Notes", body: "", conferenceSlugs: [CONF] });
  const saved = await saveWriteup(t.db, actor, d.id, d.version, { title: "Notes", body, conferenceSlugs: [CONF] });
  const mentions = await t.db.mention.findMany({ where: { writeupId: d.id, kind: "talk" }, select: { talkId: true, text: true, source: true, start: true, reason: true } });
  return { id: d.id, suggestions: saved.suggestions.filter((s) => s.kind === "talk"), mentions };
}

const aliasOf = (talk: string, normalized: string) => t.db.talkAlias.findUnique({ where: { talkId_normalized: { talkId: talk, normalized } } });

test("a manual link teaches its link text; another author's writeup then suggests it, and two authors make it a link", async () => {
  const pwd = await talkId("play-with-docker-pwd-inside-out");
  const versionBefore = await catalogVersion(t.db);
  await write(authors[0]!, `We spent an hour in [PWD](/conferences/${CONF}/talks/play-with-docker-pwd-inside-out).`);
  const alias = await aliasOf(pwd, "pwd");
  assert.ok(alias, "the link text is an alias");
  assert.equal(alias.phrase, "PWD");
  assert.equal(alias.source, "link");
  assert.equal(alias.negative, false);
  assert.equal(alias.userId, authors[0]!.id);
  assert.notEqual(await catalogVersion(t.db), versionBefore, "the alias moved the catalog version");

  // Saving the same link again writes nothing: the version stays.
  const again = await catalogVersion(t.db);
  await write(authors[0]!, `More [PWD](/conferences/${CONF}/talks/play-with-docker-pwd-inside-out) today.`);
  assert.equal(await catalogVersion(t.db), again);

  // Another author writes the phrase in prose: it is suggested, with why.
  const second = await write(authors[1]!, "Then we tried PWD for the labs, and PWD again after lunch.");
  const [group] = groupSuggestions(second.suggestions);
  assert.ok(group, "suggested");
  assert.equal(group.id, pwd);
  assert.equal(group.reason, ALIAS_REASON);
  assert.equal(group.occurrences.length, 2);
  assert.equal(second.mentions.length, 0, "not linked without asking");

  // Confirming links every occurrence, and the second author makes the alias trusted.
  const decided = await decideMention(t.db, authors[1]!, second.id, { kind: "talk", id: pwd, start: group.start, end: group.end, text: group.text, decision: "accept" });
  assert.equal(decided.occurrences, 2);
  const confirmed = await t.db.mention.findMany({ where: { writeupId: second.id, source: "confirmed" } });
  assert.equal(confirmed.length, 2);
  assert.deepEqual(JSON.parse((await aliasOf(pwd, "pwd"))!.authorIds), [authors[0]!.id, authors[1]!.id]);

  // A third author's "PWD" now links on its own.
  const third = await write(authors[2]!, "I liked PWD.");
  assert.deepEqual(third.mentions.map((m) => [m.talkId, m.text, m.source, m.reason]), [[pwd, "PWD", "detected", TRUSTED_ALIAS_REASON]]);
  const html = (await t.db.writeup.findUniqueOrThrow({ where: { id: third.id } })).bodyHtml;
  assert.match(html, /href="\/conferences\/dockercon-eu-2017\/talks\/play-with-docker-pwd-inside-out"/);
});

test("confirming a suggestion records its words as an alias; picking another candidate records it for that one", async () => {
  const images = await talkId("creating-effective-images");
  const w = await write(authors[0]!, "I loved the talk by Abby Fuller.");
  const [g] = groupSuggestions(w.suggestions);
  assert.ok(g && g.id === images, "Abby Fuller's talk is suggested");
  await decideMention(t.db, authors[0]!, w.id, { kind: "talk", id: g.id, start: g.start, end: g.end, text: g.text, decision: "accept" });
  const alias = await aliasOf(images, "abby fuller");
  assert.ok(alias);
  assert.equal(alias.source, "confirmed");
  assert.equal(alias.writeupId, w.id);

  // A choice that is not among the candidates is refused and teaches nothing.
  const other = await talkId("docker-ee-deep-dive");
  const w2 = await write(authors[3]!, "The talk by Abby Fuller was full.");
  const [g2] = groupSuggestions(w2.suggestions);
  assert.ok(g2);
  await assert.rejects(
    decideMention(t.db, authors[3]!, w2.id, { kind: "talk", id: g2.id, start: g2.start, end: g2.end, text: g2.text, decision: "accept", choice: other }),
    (e: unknown) => e instanceof DomainError && e.code === "invalid",
  );
  assert.equal(await aliasOf(other, "abby fuller"), null);

  // Words that are an alias of two talks: the author picks the second candidate, in one decision.
  const [x, y] = [await talkId("linuxkit-deep-dive"), await talkId("container-relevant-kernel-developments")];
  await write(authors[0]!, `[the kernel one](/conferences/${CONF}/talks/linuxkit-deep-dive) and [the kernel one](/conferences/${CONF}/talks/container-relevant-kernel-developments)`);
  const w3 = await write(authors[1]!, "I skipped the kernel one.");
  const [g3] = groupSuggestions(w3.suggestions);
  assert.ok(g3);
  assert.deepEqual([...(g3.candidates ?? [])].sort(), [x, y].sort());
  const pick = g3.candidates!.find((id) => id !== g3.id)!;
  await decideMention(t.db, authors[1]!, w3.id, { kind: "talk", id: g3.id, start: g3.start, end: g3.end, text: g3.text, decision: "accept", choice: pick });
  const linked = await t.db.mention.findMany({ where: { writeupId: w3.id, source: "confirmed" }, select: { talkId: true } });
  assert.deepEqual(linked.map((m) => m.talkId), [pick]);
  assert.deepEqual(JSON.parse((await aliasOf(pick, "the kernel one"))!.authorIds), [authors[0]!.id, authors[1]!.id]);
  assert.deepEqual(JSON.parse((await aliasOf(g3.id, "the kernel one"))!.authorIds), [authors[0]!.id], "the other candidate learns nothing");
});

test("rejecting records a negative: a later writeup by someone else is not suggested that talk for those words", async () => {
  const syscalls = await talkId("what-have-syscalls-done-for-you-lately");
  const w = await write(authors[2]!, "Later a talk by Liz Rice, as always with live coding.");
  const g = groupSuggestions(w.suggestions).find((s) => s.id === syscalls);
  assert.ok(g, "Liz Rice's talk is suggested");
  await decideMention(t.db, authors[2]!, w.id, { kind: "talk", id: g.id, start: g.start, end: g.end, text: g.text, decision: "reject" });
  const negative = await aliasOf(syscalls, "liz rice");
  assert.ok(negative);
  assert.equal(negative.negative, true);
  assert.equal(negative.source, "rejected");

  // The same author saves again: still not suggested (the writeup's own decision).
  const body = "Later a talk by Liz Rice, as always with live coding. Edited.";
  const current = await t.db.writeup.findUniqueOrThrow({ where: { id: w.id } });
  const resaved = await saveWriteup(t.db, authors[2]!, w.id, current.version, { title: "Notes", body, conferenceSlugs: [CONF] });
  assert.equal(resaved.suggestions.filter((s) => s.id === syscalls).length, 0);

  // Another author, another writeup: the negative alias keeps it off.
  const later = await write(authors[3]!, "Then a talk by Liz Rice about syscalls.");
  assert.equal(later.suggestions.filter((s) => s.id === syscalls && s.text === "Liz Rice").length, 0);
  assert.equal(later.mentions.filter((m) => m.talkId === syscalls && m.text === "Liz Rice").length, 0);
});

test("organizers add, flip and delete a talk's aliases, with clear refusals", async () => {
  const captains = await talkId("tips-and-tricks-of-the-docker-captains");
  await assert.rejects(addTalkAlias(t.db, authors[0]!, captains, "captains talk", false), (e: unknown) => e instanceof DomainError && e.code === "forbidden");
  await assert.rejects(addTalkAlias(t.db, organizer, captains, "ab", false), (e: unknown) => e instanceof DomainError && e.details === "alias-short");
  await assert.rejects(addTalkAlias(t.db, organizer, captains, "tips and tricks of the Docker Captains!", false), (e: unknown) => e instanceof DomainError && e.details === "alias-title");

  await addTalkAlias(t.db, organizer, captains, "Captains' tricks", false);
  await assert.rejects(addTalkAlias(t.db, organizer, captains, "captains tricks", true), (e: unknown) => e instanceof DomainError && e.details === "alias-exists");

  // An organizer's alias links without asking.
  const linked = await write(authors[0]!, "Then came the captains tricks session.");
  assert.deepEqual(linked.mentions.map((m) => m.talkId), [captains]);

  const page = await getAdminTalk(t.db, captains);
  assert.ok(page);
  const [row] = page.aliases;
  assert.ok(row);
  assert.equal(row.phrase, "Captains' tricks");
  assert.equal(row.source, "organizer");

  // Flipped negative: the same words no longer mean the talk.
  assert.deepEqual(await flipTalkAlias(t.db, organizer, captains, row.id), { negative: true });
  const off = await write(authors[1]!, "Then came the captains tricks session.");
  assert.equal(off.mentions.length + off.suggestions.length, 0);
  // Authors' decisions never override an organizer's alias.
  assert.equal((await aliasOf(captains, "captains tricks"))!.negative, true);

  await removeTalkAlias(t.db, organizer, captains, row.id);
  assert.equal(await aliasOf(captains, "captains tricks"), null);
  await assert.rejects(removeTalkAlias(t.db, organizer, captains, row.id), (e: unknown) => e instanceof DomainError && e.code === "not-found");
});
