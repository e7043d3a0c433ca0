import { test } from "node:test";
import assert from "node:assert/strict";
import { DomainError } from "../../../lib/core/errors";
import { planSpeakerMerge, type MergeableSpeaker } from "../../../lib/core/programme/plan-speaker-merge";

const speaker = (id: string, extra: Partial<MergeableSpeaker> = {}): MergeableSpeaker => ({ id, slug: id, affiliation: null, role: null, bio: null, links: "[]", ...extra });

test("talks: shared credits are dropped, the others move", () => {
  const cases: [name: string, keepTalks: string[], dupTalks: string[], dropped: string[], moved: string[]][] = [
    ["no talks", [], [], [], []],
    ["only the duplicate's", ["a"], ["b", "c"], [], ["b", "c"]],
    ["a shared panel", ["a", "p"], ["p", "b"], ["p"], ["b"]],
  ];
  for (const [name, keepTalks, dupTalks, dropped, moved] of cases) {
    const plan = planSpeakerMerge(speaker("k"), speaker("d"), keepTalks, dupTalks);
    assert.deepEqual([plan.droppedTalkIds, plan.movedTalkIds], [dropped, moved], name);
    assert.deepEqual(plan.rerender, { talkIds: dupTalks, speakerIds: ["k"] }, name);
  }
});

test("fields: the kept record's empty ones are filled, nothing it has is overwritten", () => {
  const cases: [name: string, keep: Partial<MergeableSpeaker>, dup: Partial<MergeableSpeaker>, fill: object][] = [
    ["both empty", {}, {}, {}],
    ["kept has everything", { bio: "K", links: '[{"label":"k"}]' }, { bio: "D", links: '[{"label":"d"}]' }, {}],
    ["kept lacks some", { bio: "K" }, { bio: "D", affiliation: "Inc", role: "CTO", links: '[{"label":"d"}]' }, { affiliation: "Inc", role: "CTO", links: '[{"label":"d"}]' }],
    ["an empty text is not missing", { affiliation: "" }, { affiliation: "Inc" }, {}],
  ];
  for (const [name, keep, dup, fill] of cases) assert.deepEqual(planSpeakerMerge(speaker("k", keep), speaker("d", dup), [], []).fill, fill, name);
});

test("a speaker can't be merged into itself", () => {
  assert.throws(() => planSpeakerMerge(speaker("k"), speaker("k"), [], []), (e: unknown) => e instanceof DomainError && e.code === "invalid" && e.message === "a speaker cannot be merged into itself");
});
