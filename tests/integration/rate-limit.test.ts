import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { limitSignInAttempt, SIGN_IN_LIMITS } from "@/lib/server/auth/sign-in-limits";
import { hitRateLimit } from "@/lib/server/services/rate-limit";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
before(async () => {
  t = await createTestDb();
});
after(async () => {
  await t.drop();
});

const limit = { limit: 3, windowMs: 60_000 };

test("a fixed window allows `limit` hits, then refuses until it ends", async () => {
  const start = new Date("2026-01-01T10:00:00Z");
  const results = [];
  for (let i = 0; i < 5; i++) results.push(await hitRateLimit(t.db, "fixed", limit, new Date(start.getTime() + i * 1000)));
  assert.deepEqual(results.map((r) => r.allowed), [true, true, true, false, false]);
  assert.deepEqual(results.map((r) => r.count), [1, 2, 3, 4, 5]);
  // The window is fixed at the first hit: it ends 60 s after 10:00:00, not after the last hit.
  assert.equal(results[4]!.resetAt.toISOString(), "2026-01-01T10:01:00.000Z");
  assert.equal(results[4]!.retryAfterMs, 56_000);

  const later = await hitRateLimit(t.db, "fixed", limit, new Date("2026-01-01T10:01:00Z"));
  assert.equal(later.allowed, true);
  assert.equal(later.count, 1);
  assert.equal(later.resetAt.toISOString(), "2026-01-01T10:02:00.000Z");
});

test("keys are counted separately", async () => {
  const now = new Date("2026-01-01T11:00:00Z");
  for (let i = 0; i < 3; i++) await hitRateLimit(t.db, "a", limit, now);
  assert.equal((await hitRateLimit(t.db, "a", limit, now)).allowed, false);
  assert.equal((await hitRateLimit(t.db, "b", limit, now)).allowed, true);
});

test("simultaneous hits are all counted: exactly `limit` get through", async () => {
  const now = new Date("2026-01-01T12:00:00Z");
  const results = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit(t.db, "burst", { limit: 5, windowMs: 60_000 }, now)));
  assert.equal(results.filter((r) => r.allowed).length, 5);
  assert.deepEqual(results.map((r) => r.count).sort((a, b) => a - b), Array.from({ length: 12 }, (_, i) => i + 1));
  assert.equal((await t.db.rateLimit.findUniqueOrThrow({ where: { key: "burst" } })).count, 12);
});

test("magic links are limited per address, whoever asks, and per IP", async () => {
  const now = new Date("2026-01-02T09:00:00Z");
  const perAddress = SIGN_IN_LIMITS.emailsPerAddress.limit;
  for (let i = 0; i < perAddress; i++) {
    assert.equal(await limitSignInAttempt(t.db, { ip: `10.0.0.${i}`, provider: "email", email: "Victim@Example.com" }, now), null);
  }
  const refused = await limitSignInAttempt(t.db, { ip: "10.0.0.99", provider: "email", email: "victim@example.com" }, now);
  assert.ok(refused && refused.retryAfterMs > 0);
  // Another address from the same IP still works, and provider buttons are only counted per IP.
  assert.equal(await limitSignInAttempt(t.db, { ip: "10.0.0.99", provider: "email", email: "other@example.com" }, now), null);
  assert.equal(await limitSignInAttempt(t.db, { ip: "10.0.0.99", provider: "oidc" }, now), null);

  const perIp = SIGN_IN_LIMITS.emailsPerIp.limit;
  let firstRefusal = -1;
  for (let i = 0; i < perIp + 1 && firstRefusal < 0; i++) {
    if (await limitSignInAttempt(t.db, { ip: "10.9.9.9", provider: "email", email: `person${i}@example.com` }, now)) firstRefusal = i;
  }
  assert.equal(firstRefusal, perIp);
});

test("sign-in attempts are limited per IP", async () => {
  const now = new Date("2026-01-03T09:00:00Z");
  const { limit: max } = SIGN_IN_LIMITS.attemptsPerIp;
  for (let i = 0; i < max; i++) assert.equal(await limitSignInAttempt(t.db, { ip: "192.0.2.1", provider: "github" }, now), null);
  assert.ok(await limitSignInAttempt(t.db, { ip: "192.0.2.1", provider: "github" }, now));
  assert.equal(await limitSignInAttempt(t.db, { ip: "192.0.2.2", provider: "github" }, now), null);
});
