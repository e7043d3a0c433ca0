/** One decision per talk and phrase (group-suggestions.ts). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { applyGroupDecision, groupSuggestions } from "../../../lib/core/mentions/group-suggestions";
import type { StoredMention } from "../../../lib/core/mentions/reconcile-mentions";
import type { DetectedMention } from "../../../lib/core/mentions/types";

const s = (id: string, start: number, text: string, extra: Partial<DetectedMention> = {}): DetectedMention => ({
  kind: "talk",
  id,
  start,
  end: start + text.length,
  text,
  confidence: 0.5,
  reason: "keynote slot",
  action: "suggest",
  ...extra,
});

test("183 occurrences of one phrase for one talk are one group", () => {
  const many = Array.from({ length: 183 }, (_, i) => s("k1", i * 100, i % 2 ? "the keynote" : "The Keynote"));
  const groups = groupSuggestions(many);
  assert.equal(groups.length, 1);
  assert.equal(groups[0]!.occurrences.length, 183);
  assert.equal(groups[0]!.text, "The Keynote", "the first occurrence as written");
});

test("groups by kind, target and normalized phrase, in order of first occurrence", () => {
  const groups = groupSuggestions([
    s("k2", 50, "keynote"),
    s("k1", 10, "keynote"),
    s("k1", 30, "Keynote!"),
    s("k1", 70, "the opening keynote", { confidence: 0.7, reason: "day heading" }),
    s("k1", 90, "keynote", { kind: "speaker" }),
  ]);
  assert.deepEqual(
    groups.map((g) => [g.kind, g.id, g.phrase, g.occurrences.length]),
    [
      ["talk", "k1", "keynote", 2],
      ["talk", "k2", "keynote", 1],
      ["talk", "k1", "the opening keynote", 1],
      ["speaker", "k1", "keynote", 1],
    ],
  );
});

test("a group keeps the surest reason and every candidate once, best first", () => {
  const [g] = groupSuggestions([s("a", 0, "mesh", { candidates: ["a", "b"] }), s("a", 10, "mesh", { confidence: 0.6, reason: "speaker nearby", candidates: ["a", "c", "b"] })]);
  assert.equal(g!.reason, "speaker nearby");
  assert.deepEqual(g!.candidates, ["a", "b", "c"]);
});

const stored = (id: string, start: number, text: string, source: StoredMention["source"] = "detected"): StoredMention => ({
  kind: "talk",
  id,
  start,
  end: start + text.length,
  text,
  source,
  confidence: 0.9,
  reason: "x",
});

test("applyGroupDecision applies to every occurrence and replaces what covered it", () => {
  const occurrences = [
    { start: 10, end: 17, text: "keynote" },
    { start: 40, end: 47, text: "keynote" },
  ];
  const before = [stored("other", 5, "big keynote"), stored("t", 100, "Unrelated talk"), { ...stored("s", 12, "note"), kind: "speaker" as const }];
  const accepted = applyGroupDecision(before, occurrences, { kind: "talk", id: "k2", decision: "accept" });
  assert.deepEqual(
    accepted.map((m) => [m.kind, m.id, m.start, m.source]),
    [
      ["talk", "k2", 10, "confirmed"],
      ["speaker", "s", 12, "detected"],
      ["talk", "k2", 40, "confirmed"],
      ["talk", "t", 100, "detected"],
    ],
  );
  const rejected = applyGroupDecision([], occurrences, { kind: "talk", id: "k1", decision: "reject" });
  assert.deepEqual(rejected.map((m) => [m.id, m.start, m.source]), [["k1", 10, "rejected"], ["k1", 40, "rejected"]]);
});
