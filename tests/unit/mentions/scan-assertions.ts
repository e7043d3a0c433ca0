/** Safety rules for a scan of markdown, for the scan tests. */
import assert from "node:assert/strict";
import type { ScannedText } from "../../../lib/core/mentions/markdown-scan";

/** Every token is its source slice; no token or link lies inside another link, and links index the source. */
export function assertSafe(scan: ScannedText, label: string): void {
  for (const t of scan.tokens) {
    assert.ok(t.start >= 0 && t.end <= scan.source.length && t.start < t.end, `${label}: token offsets`);
    for (const l of scan.links) assert.ok(t.end <= l.start || t.start >= l.end, `${label}: token ${t.norm} inside link ${l.text}`);
  }
  for (const l of scan.links) assert.equal(scan.source.slice(l.start, l.end), l.text, `${label}: link text`);
}
