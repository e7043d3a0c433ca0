import { test } from "node:test";
import assert from "node:assert/strict";
import { minutesInZone, programmeGrid } from "@/lib/core/programme/programme-grid";

const at = (iso: string) => new Date(iso);
const talk = (room: string | null, start: string | null, end: string | null, track: string | null = null) => ({
  room,
  track,
  startsAt: start ? at(start) : null,
  endsAt: end ? at(end) : null,
});

test("sessions are placed by room and local time, in 5-minute rows", () => {
  const grid = programmeGrid(
    [
      talk("Janson", "2020-02-01T08:30:00Z", "2020-02-01T08:55:00Z"),
      talk("K.1.105", "2020-02-01T09:00:00Z", "2020-02-01T09:50:00Z"),
      talk("Janson", "2020-02-01T09:00:00Z", "2020-02-01T10:00:00Z"),
    ],
    "Europe/Brussels",
  );
  assert.ok(grid);
  assert.deepEqual(grid.columns, ["Janson", "K.1.105"]);
  assert.equal(grid.firstMinute, 9 * 60, "09:30 local rounds down to 09:00");
  assert.deepEqual(grid.cells.map((c) => [c.column, c.row, c.span]), [
    [2, 8, 5],
    [3, 14, 10],
    [2, 14, 12],
  ]);
  assert.deepEqual(grid.hours.map((h) => h.label), ["09:00", "10:00"]);
});

test("no grid without times or with a single column", () => {
  assert.equal(programmeGrid([talk("A", null, null), talk("B", null, null)], "UTC"), null);
  assert.equal(programmeGrid([talk("A", "2020-01-01T09:00:00Z", null), talk("A", "2020-01-01T10:00:00Z", null)], "UTC"), null);
});

test("tracks stand in for unknown rooms; minutes follow the zone", () => {
  const grid = programmeGrid([talk(null, "2020-01-01T09:00:00Z", null, "Web"), talk(null, "2020-01-01T09:00:00Z", null, "Data")], "UTC");
  assert.deepEqual(grid?.columns, ["Data", "Web"]);
  assert.equal(minutesInZone(at("2017-05-22T23:30:00Z"), "Australia/Sydney"), 9 * 60 + 30);
});
