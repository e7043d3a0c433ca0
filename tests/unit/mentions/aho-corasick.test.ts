import assert from "node:assert/strict";
import { test } from "node:test";
import { TokenAutomaton, type PartialMatch } from "../../../lib/core/mentions/aho-corasick";

// Tokens are plain numbers here: 1 2 3 is one pattern, 2 3 4 5 another, 9 a third.
const patterns = [[1, 2, 3], [2, 3, 4, 5], [9]];
const automaton = new TokenAutomaton(patterns);

function scan(text: number[], minDepth = 2): { first: number; last: number; patterns: number[]; ending: number[] }[] {
  const out: { first: number; last: number; patterns: number[]; ending: number[] }[] = [];
  automaton.scan(text, text.map(() => false), minDepth, (m: PartialMatch) => {
    const all: number[] = [];
    for (let k = automaton.lo[m.node]!; k < automaton.hi[m.node]!; k++) all.push(automaton.order[k]!);
    const ending: number[] = [];
    for (let k = automaton.lo[m.node]!; k < automaton.lo[m.node]! + automaton.termCount[m.node]!; k++) ending.push(automaton.order[k]!);
    out.push({ first: m.first, last: m.last, patterns: all.sort(), ending });
  });
  return out;
}

test("whole patterns are found (and the prefix of another pattern inside them)", () => {
  assert.deepEqual(scan([7, 1, 2, 3, 7]), [
    { first: 1, last: 3, patterns: [0], ending: [0] },
    { first: 2, last: 3, patterns: [1], ending: [] },
  ]);
});

test("maximal partial matches are reported with the patterns below them", () => {
  // 2 3 is a prefix of pattern 1 only (the text does not continue with 4).
  assert.deepEqual(scan([7, 2, 3, 7]), [{ first: 1, last: 2, patterns: [1], ending: [] }]);
});

test("a shorter match that starts later is not lost behind a longer one", () => {
  // 1 2 3 4 5: pattern 0 ends at 3, and pattern 1 (2 3 4 5) runs on to 5.
  const found = scan([1, 2, 3, 4, 5]);
  assert.ok(found.some((f) => f.first === 0 && f.last === 2 && f.ending.includes(0)));
  assert.ok(found.some((f) => f.first === 1 && f.last === 4 && f.ending.includes(1)));
});

test("single-token matches are reported only when a pattern ends there", () => {
  assert.deepEqual(scan([9, 1, 7]), [{ first: 0, last: 0, patterns: [2], ending: [2] }]);
});

test("no match reaches across a barrier", () => {
  const found: PartialMatch[] = [];
  automaton.scan([1, 2, 3], [false, false, true], 1, (m) => found.push(m));
  assert.ok(found.length > 0);
  for (const m of found) assert.ok(m.last < 2 || m.first >= 2, `match ${m.first}..${m.last} crosses the barrier`);
  assert.ok(!found.some((m) => automaton.termCount[m.node]! > 0 && automaton.depth[m.node] === 3));
});

test("unknown tokens (-1) reset the automaton", () => {
  assert.deepEqual(scan([1, -1, 2, 3, 4, 5]), [{ first: 2, last: 5, patterns: [1], ending: [1] }]);
});
