import { test } from "node:test";
import assert from "node:assert/strict";
import { hasRole, initialRole } from "@/lib/core/auth/roles";

const cases: { email: string | null; adminEmail: string | null; siteHasAdmin: boolean; role: string }[] = [
  { email: "ada@example.com", adminEmail: null, siteHasAdmin: false, role: "admin" },
  { email: "ada@example.com", adminEmail: null, siteHasAdmin: true, role: "author" },
  { email: null, adminEmail: null, siteHasAdmin: false, role: "admin" },
  { email: "boss@example.com", adminEmail: "boss@example.com", siteHasAdmin: true, role: "admin" },
  { email: "stranger@example.com", adminEmail: "boss@example.com", siteHasAdmin: false, role: "author" },
  { email: null, adminEmail: "boss@example.com", siteHasAdmin: false, role: "author" },
];

for (const c of cases) {
  test(`initial role of ${c.email} (admin email ${c.adminEmail}, site has admin: ${c.siteHasAdmin}) is ${c.role}`, () => {
    assert.equal(initialRole(c), c.role);
  });
}

test("roles carry the rights of the ones below them; unknown roles carry none", () => {
  assert.equal(hasRole("admin", "organizer"), true);
  assert.equal(hasRole("organizer", "admin"), false);
  assert.equal(hasRole("author", "author"), true);
  assert.equal(hasRole("reader", "author"), false);
  assert.equal(hasRole("superuser", "reader"), false);
  assert.equal(hasRole(null, "reader"), false);
});
