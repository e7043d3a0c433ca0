import { test } from "node:test";
import assert from "node:assert/strict";
import { devSignInAllowed, isLoopbackHost } from "@/lib/core/auth/dev-sign-in";

const local = { providersConfigured: false, siteUrl: "http://localhost:3000", hallwayEnv: undefined };

test("offered on a loopback site with no provider outside production", () => {
  assert.equal(devSignInAllowed(local), true);
  assert.equal(devSignInAllowed({ ...local, siteUrl: "http://127.0.0.1:3000" }), true);
  assert.equal(devSignInAllowed({ ...local, siteUrl: "http://[::1]:3000/" }), true);
  assert.equal(devSignInAllowed({ ...local, siteUrl: "https://hallway.localhost" }), true);
  assert.equal(devSignInAllowed({ ...local, hallwayEnv: "development" }), true);
});

test("never once a real sign-in method is configured", () => {
  assert.equal(devSignInAllowed({ ...local, providersConfigured: true }), false);
});

test("never with HALLWAY_ENV=production, however it is spelled", () => {
  assert.equal(devSignInAllowed({ ...local, hallwayEnv: "production" }), false);
  assert.equal(devSignInAllowed({ ...local, hallwayEnv: " Production " }), false);
});

test("never on a public site URL, or one that only looks local", () => {
  for (const siteUrl of [
    "https://hallway.example.com",
    "http://localhost.example.com",
    "http://127.0.0.1.nip.io",
    "http://10.0.0.5:3000",
    "http://0.0.0.0:3000",
    "http://192.168.1.10",
    "not a url",
  ]) {
    assert.equal(devSignInAllowed({ ...local, siteUrl }), false, siteUrl);
  }
});

test("never when the request reached us under a public name", () => {
  assert.equal(devSignInAllowed({ ...local, requestHosts: ["localhost:3000", null] }), true);
  assert.equal(devSignInAllowed({ ...local, requestHosts: ["localhost:3000", "hallway.example.com"] }), false);
  assert.equal(devSignInAllowed({ ...local, requestHosts: ["hallway.example.com"] }), false);
  assert.equal(devSignInAllowed({ ...local, requestHosts: ["localhost:3000", "localhost, evil.example"] }), false);
});

test("loopback hosts, with and without ports", () => {
  for (const host of ["localhost", "LOCALHOST:3000", "app.localhost", "127.0.0.1", "127.1.2.3:80", "[::1]", "[::1]:3000", "::1", "localhost."]) {
    assert.equal(isLoopbackHost(host), true, host);
  }
  for (const host of ["example.com", "localhost.example.com", "127.0.0.256", "128.0.0.1", "[::2]", "0.0.0.0", ""]) {
    assert.equal(isLoopbackHost(host), false, host);
  }
});
