import { test } from "node:test";
import assert from "node:assert/strict";
import { safeCallbackPath } from "@/lib/core/auth/callback-url";

test("paths on this site are kept", () => {
  assert.equal(safeCallbackPath("/account"), "/account");
  assert.equal(safeCallbackPath("/authors/jane?page=2#top"), "/authors/jane?page=2#top");
});

test("anything that could leave the site falls back", () => {
  for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "account", "", "/\u0000x", undefined, 42]) {
    assert.equal(safeCallbackPath(bad), "/", String(bad));
  }
  assert.equal(safeCallbackPath("//evil.example", "/account"), "/account");
});
