import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDay, formatDayRange, formatTime } from "@/lib/core/format/dates";

test("conference days are calendar dates, never shifted by the server's zone", () => {
  assert.equal(formatDay("2017-10-17"), "Tuesday, 17 October 2017");
  assert.equal(formatDay("2017-05-22", "short"), "Mon 22 May");
});

test("date ranges collapse shared months and years", () => {
  assert.equal(formatDayRange("2017-05-22", "2017-05-24"), "22–24 May 2017");
  assert.equal(formatDayRange("2017-09-30", "2017-10-02"), "30 September – 2 October 2017");
  assert.equal(formatDayRange("2014-12-27", "2015-01-01"), "27 December 2014 – 1 January 2015");
  assert.equal(formatDayRange("2020-02-01", null), "1 February 2020");
});

test("times are shown in the conference's zone", () => {
  assert.equal(formatTime(new Date("2017-10-17T07:00:00Z"), "Europe/Copenhagen"), "09:00");
  assert.equal(formatTime(new Date("2017-05-22T23:30:00Z"), "Australia/Sydney"), "09:30");
});

test("a role that names the affiliation does not repeat it", async () => {
  const { roleLine } = await import("@/lib/core/format/role-line");
  assert.equal(roleLine("Security Lead @ Docker", "Docker"), "Security Lead @ Docker");
  assert.equal(roleLine("CEO", "Docker"), "CEO, Docker");
  assert.equal(roleLine(null, "Google"), "Google");
});
