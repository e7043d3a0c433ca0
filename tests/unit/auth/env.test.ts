import { test } from "node:test";
import assert from "node:assert/strict";
import { AuthEnvError, parseAuthEnv, providersConfigured } from "@/lib/server/env";

function errorOf(env: Record<string, string>): string {
  try {
    parseAuthEnv(env);
  } catch (error) {
    assert.ok(error instanceof AuthEnvError);
    return error.message;
  }
  assert.fail("expected the configuration to be refused");
}

test("no configuration at all is valid: no providers, a localhost site URL", () => {
  const env = parseAuthEnv({});
  assert.equal(providersConfigured(env), false);
  assert.equal(env.siteUrl.origin, "http://localhost:3000");
  assert.equal(env.secureCookies, false);
  assert.equal(parseAuthEnv({ PORT: "4123" }).siteUrl.origin, "http://localhost:4123");
  assert.equal(parseAuthEnv({ HALLWAY_URL: "https://hallway.example" }).siteUrl.origin, "https://hallway.example");
  assert.equal(parseAuthEnv({ HALLWAY_URL: "https://a.example", AUTH_URL: "https://b.example" }).siteUrl.origin, "https://b.example");
});

test("each provider is read when fully configured", () => {
  const env = parseAuthEnv({
    AUTH_GITHUB_ID: "gh-id",
    AUTH_GITHUB_SECRET: "gh-secret",
    AUTH_OIDC_ISSUER: "https://id.example",
    AUTH_OIDC_ID: "oidc-id",
    AUTH_OIDC_SECRET: "oidc-secret",
    AUTH_OIDC_NAME: "Example SSO",
    AUTH_EMAIL_SERVER: "smtp://user:pass@mail.example:587",
    AUTH_EMAIL_FROM: "Hallway <hello@hallway.example>",
    HALLWAY_ADMIN_EMAIL: "Boss@Example.com",
  });
  assert.deepEqual(env.github, { clientId: "gh-id", clientSecret: "gh-secret" });
  assert.deepEqual(env.oidc, { issuer: "https://id.example", clientId: "oidc-id", clientSecret: "oidc-secret", name: "Example SSO" });
  assert.deepEqual(env.email, { server: "smtp://user:pass@mail.example:587", from: "Hallway <hello@hallway.example>" });
  assert.equal(env.adminEmail, "boss@example.com");
  assert.equal(providersConfigured(env), true);
  assert.equal(parseAuthEnv({ AUTH_OIDC_ISSUER: "http://localhost:4010", AUTH_OIDC_ID: "a", AUTH_OIDC_SECRET: "b" }).oidc?.name, "OpenID Connect");
});

test("a half-configured provider fails, naming the missing variable", () => {
  assert.match(errorOf({ AUTH_GITHUB_ID: "gh-id" }), /AUTH_GITHUB_SECRET is required when AUTH_GITHUB_ID is set/);
  assert.match(errorOf({ AUTH_GITHUB_SECRET: "s" }), /AUTH_GITHUB_ID is required/);
  const oidc = errorOf({ AUTH_OIDC_ID: "id", AUTH_OIDC_SECRET: "secret" });
  assert.match(oidc, /AUTH_OIDC_ISSUER is required when AUTH_OIDC_ID and AUTH_OIDC_SECRET are set/);
  assert.match(errorOf({ AUTH_EMAIL_SERVER: "smtp://localhost:25" }), /AUTH_EMAIL_FROM is required/);
  assert.match(errorOf({ AUTH_EMAIL_FROM: "a@b.example" }), /AUTH_EMAIL_SERVER is required/);
  assert.match(errorOf({ AUTH_OIDC_NAME: "SSO" }), /AUTH_OIDC_ID is required when AUTH_OIDC_NAME is set/);
});

test("blank variables count as unset", () => {
  const env = parseAuthEnv({ AUTH_GITHUB_ID: "  ", AUTH_GITHUB_SECRET: "", HALLWAY_URL: "" });
  assert.equal(env.github, null);
  assert.equal(env.siteUrl.origin, "http://localhost:3000");
});

test("malformed values are refused by name", () => {
  assert.match(errorOf({ AUTH_URL: "localhost:3000" }), /AUTH_URL must be an absolute http\(s\) URL/);
  assert.match(errorOf({ AUTH_EMAIL_SERVER: "mail.example:25", AUTH_EMAIL_FROM: "a@b.example" }), /AUTH_EMAIL_SERVER must be an SMTP URL/);
  assert.match(errorOf({ HALLWAY_ADMIN_EMAIL: "boss" }), /HALLWAY_ADMIN_EMAIL must be an email address/);
  assert.match(errorOf({ AUTH_SECRET: "short" }), /AUTH_SECRET must be at least 32 characters/);
  // "prod" must not quietly mean "not production" (the dev sign-in would stay on).
  assert.match(errorOf({ HALLWAY_ENV: "prod" }), /HALLWAY_ENV must be "development", "test" or "production"/);
});

test("cookies are Secure on https and whenever HALLWAY_ENV=production", () => {
  assert.equal(parseAuthEnv({ AUTH_URL: "https://hallway.example" }).secureCookies, true);
  assert.equal(parseAuthEnv({ HALLWAY_ENV: "production" }).secureCookies, true);
  assert.equal(parseAuthEnv({ AUTH_URL: "http://localhost:3000" }).secureCookies, false);
});

test("HALLWAY_ENV: blank is unset, case and spaces don't matter", () => {
  assert.equal(parseAuthEnv({ HALLWAY_ENV: "" }).hallwayEnv, undefined);
  assert.equal(parseAuthEnv({ HALLWAY_ENV: " Production " }).hallwayEnv, "production");
});
