import { test } from "node:test";
import assert from "node:assert/strict";
import robots from "@/app/robots";

/** Google's robots.txt matching: longest rule wins; "$" anchors the end. */
function allowed(path: string, rules: { allow?: string | string[]; disallow?: string | string[] }): boolean {
  const list = (v?: string | string[]) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const match = (rule: string) => (rule.endsWith("$") ? path === rule.slice(0, -1) : path.startsWith(rule));
  const best = (rs: string[]) => Math.max(-1, ...rs.filter(match).map((r) => r.length));
  return best(list(rules.allow)) >= best(list(rules.disallow));
}

test("robots.txt lets crawlers read every reader page and keeps them out of private ones", () => {
  const rules = robots().rules;
  const rule = Array.isArray(rules) ? rules[0]! : rules;
  for (const p of ["/", "/writeups/my-trip", "/conferences/c/talks/t", "/speakers/s", "/authors/a", "/feed.xml", "/sitemap.xml"]) {
    assert.ok(allowed(p, rule), `${p} should be crawlable`);
  }
  for (const p of ["/write", "/write/new", "/account", "/api/auth/session", "/search"]) {
    assert.ok(!allowed(p, rule), `${p} should be disallowed`);
  }
});
