/**
 * Hallway's own labelled cases (labelled-cases.json), hard negatives
 * included: every expected (kind, id) is found, nothing else is, and no
 * must-not-link phrase is linked. The eval counts the same cases.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Catalog } from "../../../lib/core/mentions/types";
import { detect } from "./helpers";

interface Cases {
  catalog: Catalog;
  cases: { name: string; markdown: string; expect: { kind: "talk" | "speaker"; id: string }[]; mustNotLink: string[] }[];
}

const cases = JSON.parse(readFileSync(fileURLToPath(new URL("./labelled-cases.json", import.meta.url)), "utf8")) as Cases;

for (const c of cases.cases) {
  test(`labelled case: ${c.name}`, () => {
    const mentions = detect(c.markdown, cases.catalog);
    const found = [...new Set(mentions.map((m) => `${m.kind}:${m.id}`))].sort();
    const expected = c.expect.map((e) => `${e.kind}:${e.id}`).sort();
    assert.deepEqual(found, expected);
    for (const phrase of c.mustNotLink) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu");
      for (const hit of c.markdown.matchAll(re)) {
        const start = hit.index ?? 0;
        const end = start + phrase.length;
        const linked = mentions.filter((m) => m.start < end && start < m.end);
        assert.deepEqual(linked, [], `"${phrase}" at ${start} must not link`);
      }
    }
  });
}
