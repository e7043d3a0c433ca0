/** Safety rules for a scan of markdown, for the scan tests. */
import assert from "node:assert/strict";
import type { ScannedText } from "../../../lib/core/mentions/markdown-scan";

/** Every token is its source slice; a token inside a link is that link's text and knows it; links index the source. */
export function assertSafe(scan: ScannedText, label: string): void {
  for (const t of scan.tokens) {
    assert.ok(t.start >= 0 && t.end <= scan.source.length && t.start < t.end, `${label}: token offsets`);
    scan.links.forEach((l, i) => {
      const inside = t.start >= l.start && t.end <= l.end;
      assert.ok(inside || t.end <= l.start || t.start >= l.end, `${label}: token ${t.norm} straddles link ${l.text}`);
      if (inside) assert.equal(t.link, i, `${label}: token ${t.norm} inside link ${l.text} must know it`);
    });
    if (t.link >= 0) assert.ok(t.start >= scan.links[t.link]!.start && t.end <= scan.links[t.link]!.end, `${label}: token ${t.norm} is not in its link`);
  }
  for (const l of scan.links) assert.equal(scan.source.slice(l.start, l.end), l.text, `${label}: link text`);
}
