import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parseHallwayJson } from "../../../lib/core/programme/parse-hallway-json";
import { parseProgramme } from "../../../lib/core/programme/parse-programme";
import { hallwayProgrammeSchema } from "../../../lib/validations/programme";

const seedPath = new URL("../../../prisma/seed/demo/container-camp-au-2017.json", import.meta.url);

// The seed file lists 22 speakers and 25 talks (python3 json: len(speakers), len(talks)),
// none with times or rooms.
test("Hallway JSON: the Container Camp AU 2017 seed imports: 22 speakers, 25 talks", () => {
  const p = parseHallwayJson(readFileSync(seedPath, "utf8"));
  assert.equal(p.speakers.length, 22);
  assert.equal(p.talks.length, 25);
  assert.equal(p.conference.slug, "container-camp-au-2017");
  assert.equal(p.conference.timezone, "Australia/Sydney");
  assert.equal(p.talks[0]?.kind, "keynote");
  assert.deepEqual(p.talks[0]?.speakerKeys, ["brendan-burns"]);
  assert.equal(p.speakers.find((s) => s.key === "diogo-monica")?.name, "Diogo Mónica");
});

const base = {
  hallway: 1,
  conference: { name: "Mini Conf", timezone: "Australia/Sydney" },
  speakers: [{ id: "ada", name: "Ada Lovelace" }],
  talks: [{ id: "t1", title: "Engines", kind: "talk", day: "2017-05-22", start: "09:00", end: "09:45", room: "Main", speakers: ["ada"] }],
};

test("Hallway JSON: HH:MM times on the day in the conference zone; --conference-slug wins", () => {
  const p = parseProgramme(JSON.stringify(base), { filename: "mini.json", conferenceSlug: "mini-2017" });
  assert.equal(p.conference.slug, "mini-2017");
  assert.equal(p.talks[0]?.startsAt, "2017-05-22T09:00:00+10:00");
  assert.equal(p.talks[0]?.endsAt, "2017-05-22T09:45:00+10:00");
  assert.equal(p.talks[0]?.sourceId, "t1");
  assert.equal(p.conference.startsOn, "2017-05-22");
});

test("Hallway JSON: the schema is exported for forms and the command line", () => {
  assert.equal(hallwayProgrammeSchema.safeParse(base).success, true);
  assert.equal(hallwayProgrammeSchema.safeParse({ ...base, hallway: 2 }).success, false);
});

const bad = (change: (b: typeof base) => unknown) => JSON.stringify(change(structuredClone(base)));

test("Hallway JSON: bad input names file, JSON path, record and field", () => {
  assert.throws(() => parseProgramme(bad((b) => ({ ...b, talks: [{ ...b.talks[0], start: "25:99" }] })), { filename: "mini.json" }), {
    message: "mini.json, talk 'Engines' ($.talks[0].start): field 'start' is '25:99', not a time (HH:MM) or a date and time with an offset (YYYY-MM-DDTHH:MM+HH:MM)",
  });
  assert.throws(() => parseHallwayJson(bad((b) => ({ ...b, talks: [{ ...b.talks[0], title: undefined }] }))), {
    message: "talk ($.talks[0].title): field 'title' is missing",
  });
  assert.throws(() => parseHallwayJson(bad((b) => ({ ...b, talks: [b.talks[0], { ...b.talks[0], title: "Again" }] }))), {
    message: "talk 'Again' ($.talks[1].id): field 'id' is 't1', a duplicate of talks[0]",
  });
  assert.throws(() => parseHallwayJson(bad((b) => ({ ...b, speakers: [...b.speakers, { id: "ada", name: "Other" }] }))), {
    message: "speaker 'Other' ($.speakers[1].id): field 'id' is 'ada', a duplicate of speakers[0]",
  });
  assert.throws(() => parseHallwayJson(bad((b) => ({ ...b, talks: [{ ...b.talks[0], speakers: ["bob"] }] }))), {
    message: "talk 'Engines' ($.talks[0].speakers[0]): field 'speakers[0]' is 'bob', not the id of a speaker in speakers",
  });
  assert.throws(() => parseHallwayJson(bad((b) => ({ ...b, talks: [{ ...b.talks[0], end: "08:00" }] }))), {
    message: "talk 'Engines' ($.talks[0].end): field 'end' is '08:00', before start '09:00'",
  });
  assert.throws(() => parseHallwayJson(bad((b) => ({ ...b, talks: [{ ...b.talks[0], kind: "lecture" }] }))), {
    message: /field 'kind' is 'lecture', not one of talk, keynote, workshop, panel, lightning, other/,
  });
  assert.throws(() => parseHallwayJson(bad((b) => ({ ...b, talks: [{ ...b.talks[0], speaker: ["ada"] }] }))), {
    message: "talk 'Engines' ($.talks[0]): unknown field 'speaker'",
  });
  assert.throws(() => parseHallwayJson(bad((b) => ({ ...b, conference: { name: "X", timezone: "Mars/Olympus" } }))), {
    message: /conference \(\$\.conference\.timezone\): field 'timezone' is 'Mars\/Olympus', not an IANA time zone/,
  });
  assert.throws(() => parseHallwayJson('{\n  "hallway": 1,\n  "talks": [\n    {"title": "x",}\n  ]\n}'), {
    message: /^line 4: not valid JSON: unexpected "}" where a property name in double quotes should be at column 19$/,
  });
});
