import { test } from "node:test";
import assert from "node:assert/strict";
import { isValidUsername, usernameBase } from "@/lib/core/auth/username";
import { uniqueSlug } from "@/lib/core/text/slugify";

test("derived from the provider's handle, else the name, else the email", () => {
  assert.equal(usernameBase({ login: "octocat", name: "The Octocat" }), "octocat");
  assert.equal(usernameBase({ name: "Diogo Mónica", email: "d@example.com" }), "diogo-monica");
  assert.equal(usernameBase({ name: null, email: "jane.doe+hallway@example.com" }), "jane-doe-hallway");
  assert.equal(usernameBase({ name: "   ", email: "søren@example.dk" }), "soren");
  assert.equal(usernameBase({}), "author");
  assert.equal(usernameBase({ name: "!!!", email: null }), "author");
});

test("long names are cut at a word boundary within 30 characters", () => {
  const base = usernameBase({ name: "Maria Magdalena Fernández de la Torre y Castillo" });
  assert.ok(base.length <= 30, base);
  assert.equal(base, "maria-magdalena-fernandez-de");
  assert.ok(isValidUsername(base));
});

test("reserved handles get a suffix", () => {
  assert.equal(usernameBase({ name: "Admin" }), "admin-1");
  assert.equal(usernameBase({ email: "signin@example.com" }), "signin-1");
});

test("every derived username is valid, and uniqueSlug keeps it unique", () => {
  for (const name of ["Ab", "X", "李小龍", "O'Brien", "Jean-Luc Picard", "a--b"]) {
    const base = usernameBase({ name, email: "someone@example.com" });
    assert.ok(isValidUsername(base), `${name} → ${base}`);
  }
  const taken = new Set(["jane", "jane-2"]);
  assert.equal(uniqueSlug(usernameBase({ name: "Jane" }), (s) => taken.has(s)), "jane-3");
});

test("valid usernames: lower-case letters, digits, single inner dashes, 2 to 30 characters", () => {
  for (const ok of ["jane", "j2", "jane-doe", "a1-b2-c3"]) assert.ok(isValidUsername(ok), ok);
  for (const bad of ["j", "Jane", "-jane", "jane-", "ja--ne", "jane_doe", "a".repeat(31), "admin", "jané"]) {
    assert.ok(!isValidUsername(bad), bad);
  }
});
