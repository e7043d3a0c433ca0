/**
 * Screenshots of the sign-in and account pages at phone and desktop widths,
 * light and dark, without JavaScript (as scripts/screenshots.ts does for the
 * reader pages):
 *   npx tsx tests/e2e/support/screenshots.ts <app with no sign-in method> [app with providers] [outDir]
 * The first app must offer the development sign-in (a local site with no
 * provider configured); the script signs in with it to reach /account.
 */
import { chromium, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";

const devBase = process.argv[2] ?? "http://localhost:3000";
const providerBase = process.argv[3];
const out = process.argv[4] ?? "test-results/screenshots-auth";
mkdirSync(out, { recursive: true });

async function devSignIn(page: Page) {
  await page.goto(`${devBase}/signin`);
  await page.getByLabel("Display name").fill("Ada Lovelace-Byron");
  await page.getByLabel("Email", { exact: true }).fill("ada@example.test");
  await page.getByRole("button", { name: "Sign in for development" }).click();
  await page.waitForURL(`${devBase}/`);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
for (const [scheme, viewport] of [
  ["light", { width: 1280, height: 900 }],
  ["dark", { width: 390, height: 844 }],
  ["light", { width: 390, height: 844 }],
  ["dark", { width: 1280, height: 900 }],
] as const) {
  const context = await browser.newContext({ viewport, colorScheme: scheme, javaScriptEnabled: false });
  const page = await context.newPage();
  const shot = async (name: string) => {
    const file = path.join(out, `${name}-${viewport.width}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  };
  await page.goto(`${devBase}/signin`);
  await shot("signin-dev");
  if (providerBase) {
    await page.goto(`${providerBase}/signin`);
    await shot("signin-providers");
    await page.goto(`${providerBase}/signin?error=RateLimited&retry=12`);
    await shot("signin-rate-limited");
  }
  await page.goto(`${devBase}/signin/check-email`);
  await shot("check-email");
  await devSignIn(page);
  await shot("home-signed-in");
  await page.goto(`${devBase}/account`);
  await shot("account");
  await page.getByLabel("Username").fill("Not valid!");
  await page.getByLabel("URL 1").fill("nope");
  await page.getByRole("button", { name: "Save profile" }).click();
  await page.waitForSelector(".field-error");
  await shot("account-errors");
  await page.goto(`${devBase}/authors/maja`);
  await shot("author");
  await page.goto(`${devBase}/account`);
  const username = await page.getByLabel("Username").inputValue();
  await page.goto(`${devBase}/authors/${username}`);
  await shot("author-empty");
  await context.close();
}
await browser.close();
