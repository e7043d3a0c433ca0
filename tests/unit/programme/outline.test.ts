import { test } from "node:test";
import assert from "node:assert/strict";
import { programmeOutline } from "@/lib/core/writeups/outline";

test("the outline is day → time → linked talk, in programme order", () => {
  const md = programmeOutline(
    [
      { title: "Afternoon [talk]", href: "/conferences/c/talks/b", day: "2017-10-17", startsAt: new Date("2017-10-17T12:00:00Z"), speakers: ["Liz Rice"] },
      { title: "Morning talk", href: "/conferences/c/talks/a", day: "2017-10-17", startsAt: new Date("2017-10-17T07:00:00Z"), speakers: [] },
      { title: "Day two", href: "/conferences/c/talks/c", day: "2017-10-18", startsAt: null, speakers: ["A", "B"] },
    ],
    "Europe/Copenhagen",
  );
  assert.equal(
    md,
    [
      "## Tuesday, 17 October 2017",
      "### 09:00 · [Morning talk](/conferences/c/talks/a)",
      "_What did you take away from it?_",
      "### 14:00 · [Afternoon \\[talk\\]](/conferences/c/talks/b) — Liz Rice",
      "_What did you take away from it?_",
      "## Wednesday, 18 October 2017",
      "### [Day two](/conferences/c/talks/c) — A, B",
      "_What did you take away from it?_",
    ].join("\n\n") + "\n",
  );
});
