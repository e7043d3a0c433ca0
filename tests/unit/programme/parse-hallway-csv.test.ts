import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHallwayCsv, readCsv } from "../../../lib/core/programme/parse-hallway-csv";
import { parseProgramme } from "../../../lib/core/programme/parse-programme";

const CSV = [
  "Title,Kind,Day,Start,End,Room,Speakers,Abstract,Conference,Timezone,Slides",
  'Container Journey,keynote,2017-05-22,09:00,09:45,Main,Brendan Burns (Microsoft Azure),,Container Camp AU 2017,Australia/Sydney,',
  '"Orchestrating Least Privilege",talk,2017-05-22,10:00,10:40,Main,Diogo Mónica (Docker),"Quotes ""inside"", commas,',
  'and a line break",Container Camp AU 2017,,https://example.org/slides.pdf',
  "Securing containers,workshop,2017-05-23,13:00,15:00,Room 2,Liz Rice; diogo monica,,,,",
].join("\r\n");

test("Hallway CSV: rows become talks; speakers by name across rows; quoted fields with quotes, commas and line breaks", () => {
  const p = parseHallwayCsv(CSV);
  assert.equal(p.talks.length, 3);
  assert.deepEqual(
    p.speakers.map((s) => [s.key, s.name, s.affiliation]),
    [
      ["brendan-burns", "Brendan Burns", "Microsoft Azure"],
      ["diogo-monica", "Diogo Mónica", "Docker"],
      ["liz-rice", "Liz Rice", undefined],
    ],
  );
  assert.deepEqual(p.talks[2]?.speakerKeys, ["liz-rice", "diogo-monica"]);
  assert.equal(p.talks[1]?.abstract, 'Quotes "inside", commas,\nand a line break');
  assert.deepEqual(p.talks[1]?.links, [{ label: "Slides", url: "https://example.org/slides.pdf" }]);
  assert.equal(p.talks[0]?.startsAt, "2017-05-22T09:00:00+10:00");
  assert.equal(p.talks[2]?.kind, "workshop");
  assert.equal(p.conference.name, "Container Camp AU 2017");
  assert.equal(p.conference.slug, "container-camp-au-2017");
  assert.equal(p.conference.endsOn, "2017-05-23");
});

test("Hallway CSV: the conference can come from options instead of columns", () => {
  const p = parseHallwayCsv("title,speakers\nHello,Ann Lee\n", { conference: { name: "Typed Up 2024" }, conferenceSlug: "typed-up" });
  assert.equal(p.conference.name, "Typed Up 2024");
  assert.equal(p.conference.slug, "typed-up");
  assert.equal(p.talks[0]?.kind, "talk");
});

test("Hallway CSV: reader", () => {
  assert.deepEqual(readCsv('\uFEFFa,b\n"x\ny",""""\n\n'), [
    { fields: ["a", "b"], line: 1 },
    { fields: ["x\ny", '"'], line: 2 },
  ]);
});

test("Hallway CSV: reader keeps the line each record starts on, across CRLF, LF, lone CR and line breaks in fields", () => {
  assert.deepEqual(readCsv('a,b\r\n"one\r\ntwo\rthree",x\r\rc,d\n  \ne'), [
    { fields: ["a", "b"], line: 1 },
    { fields: ["one\ntwo\nthree", "x"], line: 2 },
    { fields: ["c", "d"], line: 6 },
    { fields: ["  "], line: 7 },
    { fields: ["e"], line: 8 },
  ]);
  assert.deepEqual(readCsv("a,b,c\n1\n1,2,3,4\n"), [
    { fields: ["a", "b", "c"], line: 1 },
    { fields: ["1"], line: 2 },
    { fields: ["1", "2", "3", "4"], line: 3 },
  ], "rows may be shorter or longer than the header; the importer decides");
  assert.deepEqual(readCsv(""), []);
});

test("Hallway CSV: reader errors name the line", () => {
  assert.throws(() => readCsv('title\nA"b\n'), { message: 'line 2: a " inside a field that does not start with one (quote the whole field and double the inner quotes)' });
  assert.throws(() => readCsv('title\n"A"b\n'), { message: 'line 2: unexpected "b" after a closing quote (a field must end at "," or a line break)' });
  assert.throws(() => readCsv('title,abstract\nA,B\n\nC,"never\nclosed\nat all\n'), { message: 'line 4: a quoted field is not closed (a " is missing)' });
});

test("Hallway CSV: a row with more fields than the header is refused with its line", () => {
  assert.throws(() => parseHallwayCsv("title,conference\nA,C,extra\n"), { message: "line 2, row 1: the row has 3 fields but the header has 2 columns" });
});

test("Hallway CSV: bad input names the file, line, column and field", () => {
  assert.throws(() => parseProgramme("title,start,day,conference\nFine,09:00,2024-01-01,C\nFoo,25:99,2024-01-01,C\n", { filename: "prog.csv" }), {
    message: "prog.csv, line 3, talk 'Foo', column 'start': field 'start' is '25:99', not a time (HH:MM) or a date and time with an offset (YYYY-MM-DDTHH:MM+HH:MM)",
  });
  assert.throws(() => parseHallwayCsv("title,id,conference\nA,1,C\nB,1,C\n"), {
    message: "line 3, talk 'B', column 'id': field 'id' is '1', a duplicate of talks[0]",
  });
  assert.throws(() => parseHallwayCsv("titel,conference\nA,C\n"), { message: /^line 1: unknown column 'titel' \(known: id, title,/ });
  assert.throws(() => parseHallwayCsv("title,abstract,conference\nA,\"never closed,C\n"), {
    message: 'line 2: a quoted field is not closed (a " is missing)',
  });
  assert.throws(() => parseHallwayCsv("title,conference\n,C\n"), { message: "line 2, talk, column 'title': field 'title' is missing" });
  assert.throws(() => parseHallwayCsv("title,conference\nA,C\nB,D\n"), {
    message: "line 3, talk 'B': field 'conference' is 'D', but line 2 says 'C' (conference columns must agree)",
  });
  assert.throws(() => parseHallwayCsv("title,day,conference\nA,2024-13-01,C\n"), {
    message: "line 2, talk 'A', column 'day': field 'day' is '2024-13-01', not a date (YYYY-MM-DD)",
  });
  assert.throws(() => parseHallwayCsv("title\nA\n"), { message: /^line 1: the conference has no name/ });
});
