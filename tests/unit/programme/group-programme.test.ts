import { test } from "node:test";
import assert from "node:assert/strict";
import { groupProgramme, type GroupableTalk } from "@/lib/core/programme/group-programme";

const t = (title: string, extra: Partial<GroupableTalk> = {}): GroupableTalk => ({ title, kind: "talk", day: null, startsAt: null, track: null, ...extra });

test("groups by day, keynotes first, tracks alphabetical, undated last", () => {
  const groups = groupProgramme([
    t("B", { day: "2017-10-18", track: "Edge" }),
    t("Keynote", { day: "2017-10-18", kind: "keynote", track: "General Session" }),
    t("A", { day: "2017-10-17", track: "Black Belt", startsAt: new Date("2017-10-17T10:00:00Z") }),
    t("Z", { day: "2017-10-17", track: "Black Belt", startsAt: new Date("2017-10-17T09:00:00Z") }),
    t("Undated"),
  ]);
  assert.deepEqual(groups.map((g) => g.key), ["2017-10-17", "2017-10-18", null]);
  assert.deepEqual(groups[0]!.tracks[0]!.talks.map((x) => x.title), ["Z", "A"]);
  assert.deepEqual(groups[1]!.tracks.map((x) => x.track), [null, "Edge"]);
  assert.equal(groups[1]!.tracks[0]!.talks[0]!.title, "Keynote");
});

test("without days, groups by kind in a reader's order", () => {
  const groups = groupProgramme([t("W", { kind: "workshop" }), t("T"), t("K", { kind: "keynote" })]);
  assert.deepEqual(groups.map((g) => [g.by, g.key]), [["kind", "keynote"], ["kind", "talk"], ["kind", "workshop"]]);
});
