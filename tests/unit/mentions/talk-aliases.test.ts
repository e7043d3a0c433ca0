/** What may be learned as an alias, and how one decision changes a stored alias (talk-aliases.ts). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { aliasKey, aliasTrusted, aliasWorthRecording, linkText, nextAliasState, parseAuthorIds, type AliasState } from "../../../lib/core/mentions/talk-aliases";

test("aliasKey is the detector's normal form", () => {
  assert.equal(aliasKey("Play-with-Docker!"), "play with docker");
  assert.equal(aliasKey("  PWD’s "), "pwd");
  assert.equal(aliasKey("Mónica & co"), "monica and co");
});

test("only phrases that can name a talk on their own are learned", () => {
  const title = "Play with Docker: Docker in the Browser";
  const cases: [string, boolean][] = [
    ["PWD", true],
    ["the Docker playground", true],
    ["play with docker: docker in the browser", false], // its own title
    ["PLAY WITH DOCKER – Docker in the Browser!", false],
    ["ab", false], // too short
    ["a b", false],
    ["the keynote", false], // which keynote depends on the day
    ["this talk", false],
    ["slides", false],
    ["here", false],
    ["2017", false],
    ["DockerCon Europe", false], // the conference's name
  ];
  for (const [phrase, want] of cases) assert.equal(aliasWorthRecording(phrase, title, "DockerCon Europe"), want, phrase);
});

const positive = (authorIds: string[], source: AliasState["source"] = "confirmed"): AliasState => ({ negative: false, source, authorIds });
const negative: AliasState = { negative: true, source: "rejected", authorIds: [] };

test("nextAliasState: confirmations add authors, rejections withdraw them, organizers' stand", () => {
  const cases: [string, AliasState | null, { negative: boolean; authorId: string }, AliasState | null][] = [
    ["first confirmation", null, { negative: false, authorId: "a" }, positive(["a"])],
    ["same author again: nothing to write", positive(["a"]), { negative: false, authorId: "a" }, null],
    ["second author", positive(["a"]), { negative: false, authorId: "b" }, positive(["a", "b"])],
    ["confirmation over a negative", negative, { negative: false, authorId: "b" }, positive(["b"])],
    ["first rejection", null, { negative: true, authorId: "a" }, negative],
    ["rejection again: nothing to write", negative, { negative: true, authorId: "a" }, null],
    ["the only confirmer rejects", positive(["a"]), { negative: true, authorId: "a" }, negative],
    ["one of two confirmers rejects", positive(["a", "b"]), { negative: true, authorId: "a" }, positive(["b"])],
    ["a third author cannot undo two", positive(["a", "b"]), { negative: true, authorId: "c" }, null],
    ["an organizer's alias stands", positive([], "organizer"), { negative: true, authorId: "a" }, null],
    ["an organizer's negative stands", { negative: true, source: "organizer", authorIds: [] }, { negative: false, authorId: "a" }, null],
  ];
  for (const [name, existing, event, want] of cases) {
    const next = nextAliasState(existing, { ...event, source: event.negative ? "rejected" : "confirmed" });
    assert.deepEqual(next, want, name);
  }
});

test("aliasTrusted: two different authors, or an organizer", () => {
  assert.equal(aliasTrusted(positive(["a"])), false);
  assert.equal(aliasTrusted(positive(["a", "a"])), false);
  assert.equal(aliasTrusted(positive(["a", "b"])), true);
  assert.equal(aliasTrusted(positive([], "organizer")), true);
  assert.equal(aliasTrusted({ negative: true, source: "organizer", authorIds: [] }), false);
});

test("linkText and parseAuthorIds", () => {
  assert.equal(linkText("[**Play with Docker**](/conferences/dc/talks/pwd)"), "Play with Docker");
  assert.equal(linkText("[PWD](/conferences/dc/talks/pwd \"title\")"), "PWD");
  assert.deepEqual(parseAuthorIds('["a","b","a",3]'), ["a", "b"]);
  assert.deepEqual(parseAuthorIds("not json"), []);
});
