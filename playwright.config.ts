/**
 * Browser tests: Debian's Chromium against the production build, on a
 * throwaway SQLite database that tests/e2e/serve.ts creates fresh for each run.
 *
 * Sign-in is tested through real flows with nothing leaving the machine: the
 * webServer list starts a local OpenID Connect provider and an SMTP sink
 * (tests/e2e/support), then the app configured to use both, then a second app
 * with no sign-in method (so it offers the development sign-in). The `setup`
 * project signs in once through the OIDC provider and saves the session for
 * the `auth` project; the reader projects run signed out.
 *
 * Ports: E2E_PORT (app; +1 for the second), E2E_OIDC_PORT, E2E_SMTP_PORT (+1 for
 * the sink's HTTP read-out); see tests/e2e/support/ports.ts. Output (traces, the
 * saved session) goes to test-results/e2e-<E2E_PORT>, so runs on different
 * ports don't delete each other's files.
 */
import { defineConfig, devices } from "@playwright/test";
import {
  APP_PORT,
  DEV_APP_PORT,
  OIDC_CLIENT,
  OIDC_PORT,
  OUTPUT_DIR,
  SMTP_HTTP_PORT,
  SMTP_PORT,
  STORAGE_STATE,
  baseURL,
  devBaseURL,
  oidcIssuer,
} from "./tests/e2e/support/ports";

export { baseURL };

const ports = { E2E_PORT: String(APP_PORT), E2E_DEV_PORT: String(DEV_APP_PORT), E2E_OIDC_PORT: String(OIDC_PORT), E2E_SMTP_PORT: String(SMTP_PORT) };
// Only for these throwaway servers; 32+ characters as lib/server/env.ts requires.
const AUTH_SECRET = "e2e-only-auth-secret-0123456789abcdef";
const noProviders = {
  AUTH_GITHUB_ID: "",
  AUTH_GITHUB_SECRET: "",
  AUTH_OIDC_ISSUER: "",
  AUTH_OIDC_ID: "",
  AUTH_OIDC_SECRET: "",
  AUTH_OIDC_NAME: "",
  AUTH_EMAIL_SERVER: "",
  AUTH_EMAIL_FROM: "",
  HALLWAY_ADMIN_EMAIL: "",
  HALLWAY_ENV: "",
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: OUTPUT_DIR,
  fullyParallel: true,
  // A busy 2-core CI machine: the PostgreSQL run of the auth specs hit the 30 s default on element waits, not on wrong state.
  timeout: process.env.CI ? 60_000 : 30_000,
  forbidOnly: !!process.env.CI,
  // No retries: a test that passes only on a second try is a bug to fix, not noise.
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "desktop", testIgnore: /(auth\.(setup|spec)|editor\.spec|admin\.spec)\.ts$/, use: { ...devices["Desktop Chrome"], channel: undefined } },
    {
      name: "phone-no-js",
      testIgnore: /(auth\.(setup|spec)|editor\.spec|admin\.spec)\.ts$/,
      use: { viewport: { width: 360, height: 740 }, javaScriptEnabled: false, colorScheme: "dark" },
    },
    {
      name: "auth",
      testMatch: /(auth|editor|admin)\.spec\.ts$/,
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], channel: undefined, storageState: STORAGE_STATE },
    },
  ],
  webServer: [
    {
      command: "npx tsx tests/e2e/support/oidc-server.ts",
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: ports,
    },
    {
      command: "npx tsx tests/e2e/support/smtp-sink.ts",
      url: `http://localhost:${SMTP_HTTP_PORT}/health`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: ports,
    },
    {
      command: "npx tsx tests/e2e/serve.ts",
      url: `${baseURL}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        ...noProviders,
        PORT: String(APP_PORT),
        AUTH_URL: baseURL,
        AUTH_SECRET,
        AUTH_OIDC_ISSUER: oidcIssuer,
        AUTH_OIDC_ID: OIDC_CLIENT.id,
        AUTH_OIDC_SECRET: OIDC_CLIENT.secret,
        AUTH_OIDC_NAME: "Test Identity",
        AUTH_EMAIL_SERVER: `smtp://127.0.0.1:${SMTP_PORT}`,
        AUTH_EMAIL_FROM: "Hallway <no-reply@hallway.test>",
        // tests/e2e/admin.spec.ts signs in as this login ("site-admin").
        HALLWAY_ADMIN_EMAIL: "site-admin@example.test",
      },
    },
    {
      // Started after the first app, so it finds the production build made.
      command: "npx tsx tests/e2e/serve.ts",
      url: `${devBaseURL}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { ...noProviders, PORT: String(DEV_APP_PORT), AUTH_URL: devBaseURL, AUTH_SECRET },
    },
  ],
});
