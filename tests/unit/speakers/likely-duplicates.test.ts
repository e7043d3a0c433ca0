import { test } from "node:test";
import assert from "node:assert/strict";
import { duplicateFinder } from "@/lib/core/speakers/likely-duplicates";

const cases: { names: string[]; pairs: string[] }[] = [
  { names: ["Diogo Mónica", "Diogo Monica"], pairs: ["Diogo Mónica + Diogo Monica"] },
  { names: ["Jon Smith", "Jonathan Smith"], pairs: ["Jon Smith + Jonathan Smith"] },
  { names: ["Anna Quux", "Zoe Quux"], pairs: [] },
  { names: ["J Smith", "Jonathan Smith"], pairs: [] },
  { names: ["Cher", "Cher"], pairs: [] },
  { names: ["Ada Lovelace", "Grace Hopper"], pairs: [] },
];

for (const { names, pairs } of cases) {
  test(`likely duplicates among ${names.join(", ")}`, () => {
    const finder = duplicateFinder<{ name: string }>(10);
    finder.add(names.map((name) => ({ name })));
    assert.deepEqual(
      finder.pairs.map(([a, b]) => `${a.name} + ${b.name}`),
      pairs,
    );
  });
}

test("stops at the limit, across batches", () => {
  const finder = duplicateFinder<{ name: string }>(1);
  assert.equal(finder.add([{ name: "Jon Smith" }]), true);
  assert.equal(finder.add([{ name: "Jonathan Smith" }, { name: "Jo Smith" }]), false);
  assert.equal(finder.pairs.length, 1);
});
