import { test } from "node:test";
import assert from "node:assert/strict";
import { reanchor, reconcileMentions, type StoredMention } from "@/lib/core/mentions/reconcile-mentions";
import type { DetectedMention } from "@/lib/core/mentions/types";

const found = (body: string, text: string, id: string, confidence = 0.9, extra: Partial<DetectedMention> = {}): DetectedMention => {
  const start = body.indexOf(text);
  assert.ok(start >= 0);
  return { kind: "talk", id, start, end: start + text.length, text, confidence, reason: "quoted title", ...extra };
};
const stored = (m: DetectedMention, source: StoredMention["source"]): StoredMention => ({ ...m, source, reason: m.reason });

test("confident matches are linked, the rest are suggestions", () => {
  const body = "I saw Docker 500 and maybe Highway to Helm.";
  const r = reconcileMentions(body, [], [found(body, "Docker 500", "t1", 0.9), found(body, "Highway to Helm", "t2", 0.5)]);
  assert.deepEqual(r.mentions.map((m) => [m.id, m.source]), [["t1", "detected"]]);
  assert.deepEqual(r.suggestions.map((m) => m.id), ["t2"]);
});

test("an ambiguous match is only a suggestion, however confident", () => {
  const body = "Liz Rice spoke.";
  const r = reconcileMentions(body, [], [found(body, "Liz Rice", "t1", 0.95, { candidates: ["t1", "t2"] })]);
  assert.equal(r.mentions.length, 0);
  assert.equal(r.suggestions.length, 1);
});

test("after an edit, a confirmed link moves with its words and a rejected one stays rejected", () => {
  const before = "I saw Docker 500. Then Highway to Helm.";
  const confirmed = stored(found(before, "Highway to Helm", "t2", 0.5), "confirmed");
  const rejected = stored(found(before, "Docker 500", "t1", 0.9), "rejected");
  const after = "Day one! I saw Docker 500. Then Highway to Helm, twice.";
  const r = reconcileMentions(after, [confirmed, rejected], [found(after, "Docker 500", "t1", 0.9), found(after, "Highway to Helm", "t2", 0.5)]);
  const byId = Object.fromEntries(r.mentions.map((m) => [m.id, m]));
  assert.equal(byId.t2?.source, "confirmed");
  assert.equal(after.slice(byId.t2!.start, byId.t2!.end), "Highway to Helm");
  assert.equal(byId.t1?.source, "rejected");
  assert.equal(after.slice(byId.t1!.start, byId.t1!.end), "Docker 500");
  assert.equal(r.suggestions.length, 0, "neither is suggested again");
});

test("a rejected target named the same way elsewhere in the writeup is not suggested again", () => {
  const before = "Docker 500 was fun.";
  const rejected = stored(found(before, "Docker 500", "t1"), "rejected");
  const after = "Docker 500 was fun. I still think about docker 500.";
  const second = { ...found(after, "docker 500", "t1"), start: after.lastIndexOf("docker 500"), end: after.lastIndexOf("docker 500") + 10 };
  const r = reconcileMentions(after, [rejected], [found(after, "Docker 500", "t1"), second]);
  assert.deepEqual(r.mentions.map((m) => m.source), ["rejected"]);
  assert.equal(r.suggestions.length, 0);
});

test("decisions whose words were deleted are dropped; old detections are replaced", () => {
  const before = "Docker 500 and Highway to Helm.";
  const r = reconcileMentions("Only Highway to Helm now.", [stored(found(before, "Docker 500", "t1"), "confirmed"), stored(found(before, "Highway to Helm", "t2"), "detected")], []);
  assert.deepEqual(r.mentions, []);
});

test("explicit links are always kept as explicit", () => {
  const body = "[my favourite](/conferences/c/talks/t)";
  const r = reconcileMentions(body, [], [{ kind: "talk", id: "t", start: 0, end: body.length, text: body, confidence: 1, reason: "explicit link" }]);
  assert.equal(r.mentions[0]?.source, "explicit");
});

test("reanchor prefers the unchanged place, then the nearest copy", () => {
  assert.deepEqual(reanchor("ab ab ab", "ab", 3), { start: 3, end: 5 });
  assert.deepEqual(reanchor("xx ab yy ab", "ab", 9), { start: 9, end: 11 });
  assert.deepEqual(reanchor("x ab", "ab", 7), { start: 2, end: 4 });
  assert.equal(reanchor("nothing", "ab", 0), null);
});
