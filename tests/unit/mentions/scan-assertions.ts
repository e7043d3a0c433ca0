/**
 * Comparisons of the hand-written scanner (fast-markdown-scan.ts) with the
 * reference (scanMarkdown, remark-parse + remark-gfm), shared by the unit
 * test on snippets and the real-data test on the writeups in ../shared.
 */
import assert from "node:assert/strict";
import { fastScanMarkdown } from "../../../lib/core/mentions/fast-markdown-scan";
import { scanMarkdown, type ScannedText } from "../../../lib/core/mentions/markdown-scan";

export function assertSameScan(markdown: string, label: string): void {
  const ref = scanMarkdown(markdown);
  const fast = fastScanMarkdown(markdown);
  assert.deepEqual(fast.blocks, ref.blocks, `${label}: blocks`);
  assert.deepEqual(fast.links, ref.links, `${label}: links`);
  // Tokens last: the most specific message for the most common difference.
  for (let i = 0; i < Math.max(ref.tokens.length, fast.tokens.length); i++) {
    assert.deepEqual(fast.tokens[i], ref.tokens[i], `${label}: token ${i} near ${JSON.stringify(markdown.slice((ref.tokens[i]?.start ?? 0) - 30, (ref.tokens[i]?.start ?? 0) + 20))}`);
  }
}

/** Every token is its source slice; no token or link lies inside another link, and links index the source. */
export function assertSafe(scan: ScannedText, label: string): void {
  for (const t of scan.tokens) {
    assert.ok(t.start >= 0 && t.end <= scan.source.length && t.start < t.end, `${label}: token offsets`);
    for (const l of scan.links) assert.ok(t.end <= l.start || t.start >= l.end, `${label}: token ${t.norm} inside link ${l.text}`);
  }
  for (const l of scan.links) assert.equal(scan.source.slice(l.start, l.end), l.text, `${label}: link text`);
}
