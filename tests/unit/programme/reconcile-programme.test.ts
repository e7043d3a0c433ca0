import { test } from "node:test";
import assert from "node:assert/strict";
import { DomainError } from "../../../lib/core/errors";
import {
  reconcileProgramme,
  speakerSlugBases,
  talkFields,
  type ExistingSpeaker,
  type ExistingTalk,
  type ProgrammePlan,
  type ProgrammeSnapshot,
} from "../../../lib/core/programme/reconcile-programme";
import type { Programme, ProgrammeTalk } from "../../../lib/core/programme/types";

const empty: ProgrammeSnapshot = { conference: null, talks: [], linkedTalkIds: [], speakerSources: [], speakers: [], takenSpeakerSlugs: [] };
const conference = { id: "c1", name: "Conf", acronym: null, startsOn: null, endsOn: null, timezone: null, location: null, venue: null, url: null, description: null };

const talk = (t: Partial<ProgrammeTalk> & { title: string }): ProgrammeTalk => ({ kind: "talk", speakerKeys: [], ...t });
const stored = (id: string, t: ProgrammeTalk, extra: Partial<ExistingTalk> = {}): ExistingTalk => ({ id, slug: id, ...talkFields(t), speakerIds: [], ...extra });
const person = (id: string, name: string, extra: Partial<ExistingSpeaker> = {}): ExistingSpeaker => ({
  id, name, normalizedName: name.toLowerCase(), affiliation: null, role: null, bio: null, links: "[]", sourceIds: [], ...extra,
});
const programme = (talks: ProgrammeTalk[], speakers: Programme["speakers"] = []): Programme => ({ conference: { name: "Conf" }, speakers, talks });

test("talks: which existing talk an imported one is", () => {
  const cases: [name: string, imported: ProgrammeTalk, existing: ExistingTalk[], expected: "create" | string][] = [
    ["a new talk is created", talk({ title: "New" }), [], "create"],
    ["by source id, even renamed", talk({ title: "Renamed", sourceId: "e1" }), [stored("t1", talk({ title: "Old", sourceId: "e1" }))], "t1"],
    ["by URL when ids are random", talk({ title: "X", sourceId: "uid-2", url: "https://c/x" }), [stored("t1", talk({ title: "Y", sourceId: "uid-1", url: "https://c/x" }))], "t1"],
    ["by title on the same day", talk({ title: "Same  title", day: "2026-01-01" }), [stored("t1", talk({ title: "same title", day: "2026-01-01" }))], "t1"],
    ["by title on another day", talk({ title: "Same", day: "2026-01-02" }), [stored("t1", talk({ title: "Same", day: "2026-01-01" }))], "t1"],
    ["not by title alone when both sides have ids", talk({ title: "Same", sourceId: "e2", day: "2026-01-02" }), [stored("t1", talk({ title: "Same", sourceId: "e1", day: "2026-01-01" }))], "create"],
    ["but by title on the same day, ids or not", talk({ title: "Same", sourceId: "e2" }), [stored("t1", talk({ title: "Same", sourceId: "e1" }))], "t1"],
  ];
  for (const [name, imported, existing, expected] of cases) {
    const plan = reconcileProgramme(programme([imported]), "conf", { ...empty, conference, talks: existing });
    const got = plan.talks.create.length ? "create" : (plan.talks.update[0]?.id ?? (existing.length && !plan.talks.remove.length ? existing[0]!.id : "?"));
    assert.equal(got, expected, name);
  }
});

test("talks: counts, slugs kept, new slugs unique, missing ones withdrawn or removed", () => {
  const keep = talk({ title: "Keep", sourceId: "a" });
  const existing = [
    stored("t1", keep, { slug: "keep" }),
    stored("t2", talk({ title: "Rename me", sourceId: "b" }), { slug: "rename-me" }),
    stored("t3", talk({ title: "Linked", sourceId: "c" }), { slug: "new-talk" }),
    stored("t4", talk({ title: "Gone", sourceId: "d" })),
    stored("t5", talk({ title: "Already withdrawn", sourceId: "e" }), { status: "withdrawn" }),
  ];
  const plan = reconcileProgramme(programme([keep, talk({ title: "Renamed", sourceId: "b" }), talk({ title: "New talk", sourceId: "f" })]), "conf", {
    ...empty,
    conference,
    talks: existing,
    linkedTalkIds: ["t3", "t5"],
  });
  assert.deepEqual(plan.summary.talks, { created: 1, updated: 1, unchanged: 1, removed: 1, withdrawn: 1 });
  assert.deepEqual(plan.talks.update.map((u) => [u.id, u.data.title]), [["t2", "Renamed"]]);
  assert.deepEqual(plan.talks.create.map((c) => c.slug), ["new-talk-2"], "a slug taken in the conference gets a suffix");
  assert.deepEqual(plan.talks.withdraw, ["t3"]);
  assert.deepEqual(plan.talks.remove, ["t4"]);
  assert.deepEqual(plan.rerender.talkIds, ["t2"], "a renamed talk re-renders its writeups");
  assert.equal(plan.conference.action, "unchanged");
});

test("speakers: who an imported person is", () => {
  const cases: [name: string, speaker: Programme["speakers"][number], snapshot: Partial<ProgrammeSnapshot>, expected: string][] = [
    ["nobody known: created", { key: "k", name: "Ada" }, {}, "new:ada"],
    ["by a known person id", { key: "k", sourceId: "7", name: "Ada L." }, { speakerSources: [{ externalId: "7", speakerId: "s1" }], speakers: [person("s1", "Ada")] }, "s1"],
    ["by name", { key: "k", name: "Ada" }, { speakers: [person("s1", "Ada")] }, "s1"],
    ["a namesake with another id from this origin is someone else", { key: "k", sourceId: "8", name: "Ada" }, { speakers: [person("s1", "Ada", { sourceIds: ["7"] })] }, "new:ada"],
    [
      "affiliation breaks a tie between namesakes",
      { key: "k", name: "Ada", affiliation: "Engines" },
      { speakers: [person("s1", "Ada", { affiliation: "Looms" }), person("s2", "Ada", { affiliation: "engines" })] },
      "s2",
    ],
    ["a taken slug gets a suffix", { key: "k", name: "Ada" }, { takenSpeakerSlugs: ["ada", "ada-2"] }, "new:ada-3"],
  ];
  for (const [name, speaker, snapshot, expected] of cases) {
    const plan = reconcileProgramme(programme([talk({ title: "T", speakerKeys: ["k"] })], [speaker]), "conf", { ...empty, ...snapshot });
    const ref = plan.talks.create[0]!.speakers[0]!;
    assert.equal("id" in ref ? ref.id : `new:${ref.newSlug}`, expected, name);
  }
});

test("speakers: a programme only adds to a person, entries without ids are one person, new ids are remembered", () => {
  const plan = reconcileProgramme(
    programme([talk({ title: "T", speakerKeys: ["a", "b", "c"] })], [
      { key: "a", sourceId: "1", name: "Ada", bio: "New bio" },
      { key: "b", name: "Grace" },
      { key: "c", name: "GRACE" },
    ]),
    "conf",
    { ...empty, speakers: [person("s1", "Ada", { affiliation: "Engines", bio: "Old" })] },
  );
  assert.deepEqual(plan.speakers.update, [{ id: "s1", data: { name: "Ada", normalizedName: "ada", bio: "New bio" } }], "no affiliation given: none erased");
  assert.deepEqual(plan.speakers.create.map((s) => s.slug), ["grace"]);
  assert.deepEqual(plan.talks.create[0]!.speakers, [{ id: "s1" }, { newSlug: "grace" }], "one credit per person, in order");
  assert.deepEqual(plan.speakers.sources, [{ externalId: "1", speaker: { id: "s1" } }]);
  assert.deepEqual(plan.summary.speakers, { created: 1, updated: 1, unchanged: 0 });
  assert.deepEqual(plan.rerender.speakerIds, [], "a bio is not shown in links");
});

test("rerender: what linked writeups show that changed", () => {
  const t = talk({ title: "T", sourceId: "e", speakerKeys: ["a"] });
  const base: ProgrammeSnapshot = {
    ...empty,
    conference,
    talks: [stored("t1", t, { speakerIds: ["s1"] })],
    speakerSources: [{ externalId: "1", speakerId: "s1" }],
    speakers: [person("s1", "Ada", { sourceIds: ["1"] })],
  };
  const cases: [name: string, p: Programme, expected: ProgrammePlan["rerender"]][] = [
    ["nothing changed", programme([t], [{ key: "a", sourceId: "1", name: "Ada" }]), { talkIds: [], speakerIds: [], renamedSpeakerIds: [] }],
    ["a speaker renamed", programme([t], [{ key: "a", sourceId: "1", name: "Ada King" }]), { talkIds: ["t1"], speakerIds: ["s1"], renamedSpeakerIds: ["s1"] }],
    ["an affiliation", programme([t], [{ key: "a", sourceId: "1", name: "Ada", affiliation: "X" }]), { talkIds: [], speakerIds: ["s1"], renamedSpeakerIds: [] }],
    ["the talk's speakers", programme([{ ...t, speakerKeys: [] }], [{ key: "a", sourceId: "1", name: "Ada" }]), { talkIds: ["t1"], speakerIds: [], renamedSpeakerIds: [] }],
    ["only the room", programme([{ ...t, room: "B" }], [{ key: "a", sourceId: "1", name: "Ada" }]), { talkIds: [], speakerIds: [], renamedSpeakerIds: [] }],
    [
      "the conference's name",
      { ...programme([t], [{ key: "a", sourceId: "1", name: "Ada" }]), conference: { name: "Conf 2" } },
      { talkIds: ["t1"], speakerIds: [], renamedSpeakerIds: [] },
    ],
  ];
  for (const [name, p, expected] of cases) assert.deepEqual(reconcileProgramme(p, "conf", base).rerender, expected, name);
});

test("the conference: created, updated or left alone", () => {
  assert.equal(reconcileProgramme(programme([]), "conf", empty).conference.action, "create");
  assert.equal(reconcileProgramme(programme([]), "conf", { ...empty, conference }).conference.action, "unchanged");
  const moved = reconcileProgramme({ ...programme([]), conference: { name: "Conf", venue: "Hall" } }, "conf", { ...empty, conference });
  assert.deepEqual([moved.conference.action, moved.summary.conference.updated], ["update", true]);
});

test("a time that is not one is refused, naming the talk and the field", () => {
  assert.throws(() => reconcileProgramme(programme([talk({ title: "Fine" }), talk({ title: "Bad", startsAt: "not a date" })]), "conf", empty), (e: unknown) => {
    assert.ok(e instanceof DomainError);
    assert.deepEqual([e.code, e.field, e.message], ["invalid", "talks[1].startsAt", "talk 'Bad': field 'startsAt' is 'not a date', not a date and time"]);
    return true;
  });
});

test("speakerSlugBases: only people whose id is not known yet", () => {
  const p = programme([], [
    { key: "a", sourceId: "1", name: "Ada Lovelace" },
    { key: "b", sourceId: "2", name: "Grace Hopper" },
    { key: "c", name: "Grace Hopper" },
  ]);
  assert.deepEqual(speakerSlugBases(p, new Set(["1"])), ["grace-hopper"]);
});
