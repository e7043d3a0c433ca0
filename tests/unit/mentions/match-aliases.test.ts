/**
 * Aliases in detection (match-aliases.ts): phrases authors confirmed are found
 * again, whole words only, whatever the case and punctuation; two authors (or
 * an organizer) make a link, one a suggestion; negatives drop a mention.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ALIAS_REASON, TRUSTED_ALIAS_REASON } from "../../../lib/core/mentions/match-aliases";
import { catalogOf, detect, talk } from "./helpers";

const catalog = catalogOf(
  [
    talk("pwd", "Play with Docker: Docker in the Browser", ["marcos"], { aliases: [{ phrase: "PWD" }, { phrase: "the docker playground", trusted: true }] }),
    talk("mesh", "Service Meshes Explained", ["ann"], { aliases: [{ phrase: "mesh talk" }, { phrase: "the sidecar one" }] }),
    talk("proxy", "Envoy Proxy Internals", ["bob"], { aliases: [{ phrase: "the sidecar one", trusted: true }] }),
    talk("rust", "Rust in Production: Ten Lessons from Embedded Payments", ["carol"], { aliases: [{ phrase: "ten lessons from embedded payments", negative: true }] }),
  ],
  [
    ["marcos", "Marcos Nils"],
    ["ann", "Ann Lee"],
    ["bob", "Bob Ray"],
    ["carol", "Carol Jones"],
  ],
);

const talksIn = (md: string) => detect(md, catalog).filter((m) => m.kind === "talk");

test("an alias one author confirmed is suggested, with its reason", () => {
  const [m] = talksIn("Then we tried PWD for an hour.");
  assert.ok(m);
  assert.equal(m.id, "pwd");
  assert.equal(m.text, "PWD");
  assert.equal(m.reason, ALIAS_REASON);
  assert.equal(m.action, "suggest");
});

test("an alias two authors or an organizer confirmed links", () => {
  const [m] = talksIn("I spent the morning in the Docker Playground, it was great.");
  assert.ok(m);
  assert.equal(m.id, "pwd");
  assert.equal(m.text, "the Docker Playground");
  assert.equal(m.reason, TRUSTED_ALIAS_REASON);
  assert.equal(m.action, "link");
});

test("case, punctuation and possessives do not matter; whole words do", () => {
  const cases: [string, string[]][] = [
    ["We loved pwd.", ["pwd"]],
    ["“PWD’s” setup was quick", ["pwd"]],
    ["The mesh-talk was dense.", ["mesh"]],
    ["Then PWDS failed", []],
    ["Try xpwd today", []],
    ["mesh\n\ntalk are two paragraphs", []],
    ["a [mesh](https://example.org) talk", []],
  ];
  for (const [md, want] of cases) assert.deepEqual(talksIn(md).map((m) => m.id), want, md);
});

test("words that are an alias of several talks become candidates and are only suggested", () => {
  const [m] = talksIn("The sidecar one was my favourite.");
  assert.ok(m);
  assert.equal(m.id, "proxy", "the trusted alias first");
  assert.deepEqual(m.candidates, ["proxy", "mesh"]);
  assert.equal(m.action, "suggest");
});

test("a negative alias drops the detector's mention of that talk in those words", () => {
  const without = catalogOf([talk("rust", "Rust in Production: Ten Lessons from Embedded Payments", ["carol"])], [["carol", "Carol Jones"]]);
  assert.deepEqual(detect("Ten Lessons from Embedded Payments was packed.", without).filter((m) => m.kind === "talk").map((m) => m.id), ["rust"], "found without the negative");
  assert.deepEqual(talksIn("Ten Lessons from Embedded Payments was packed."), []);
  // Other words for the same talk still work.
  assert.deepEqual(talksIn("Rust in Production: Ten Lessons from Embedded Payments was packed.").map((m) => m.id), ["rust"]);
  // The author's own link is never dropped.
  assert.deepEqual(talksIn("[Ten Lessons from Embedded Payments](/conferences/conf/talks/rust) was packed.").map((m) => m.id), ["rust"]);
});

test("a catalog without aliases finds nothing extra", () => {
  const plain = catalogOf([talk("pwd", "Play with Docker", ["marcos"])], [["marcos", "Marcos Nils"]]);
  assert.deepEqual(detect("PWD was fun", plain).filter((m) => m.kind === "talk"), []);
});

test("matching stays linear: a long writeup with many aliases is scanned once", () => {
  const many = catalogOf(
    Array.from({ length: 2000 }, (_, i) => talk(`t${i}`, `Talk number ${i} about things`, [], { aliases: [{ phrase: `alias ${i} phrase` }, { phrase: `zeta${i}` }] })),
    [],
  );
  const body = Array.from({ length: 10000 }, (_, i) => (i % 500 === 0 ? "zeta7" : "alias word")).join(" ");
  const found = detect(body, many).filter((m) => m.kind === "talk");
  assert.equal(found.length, 20);
  assert.ok(found.every((m) => m.id === "t7"));
});
