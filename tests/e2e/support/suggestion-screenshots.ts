/**
 * Screenshots of the editor's suggestion list and a talk's admin aliases, at
 * phone and desktop widths, light and dark:
 *   npx tsx tests/e2e/support/suggestion-screenshots.ts <app with the development sign-in> [outDir]
 * The app must offer the development sign-in, with HALLWAY_ADMIN_EMAIL=screen.admin@example.test
 * so the second half can reach /admin.
 */
import { chromium, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";

const base = process.argv[2] ?? "http://localhost:3000";
const out = process.argv[3] ?? "test-results/screenshots-suggestions";
mkdirSync(out, { recursive: true });

async function devSignIn(page: Page, who: string, email: string) {
  await page.goto(`${base}/signin`);
  await page.getByLabel("Display name").fill(who);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Sign in for development" }).click();
  await page.waitForURL(`${base}/`);
}

const TEXT = [
  "I loved the effective images talk by Abby Fuller.",
  "",
  "Later a talk by Liz Rice, as ever with live coding.",
  "",
  "The keynote on day one was long. After the keynote I had coffee; the keynote demo was the best part.",
].join("\n");

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
let n = 0;
for (const [scheme, viewport] of [
  ["light", { width: 1280, height: 900 }],
  ["dark", { width: 390, height: 844 }],
  ["light", { width: 390, height: 844 }],
  ["dark", { width: 1280, height: 900 }],
] as const) {
  const context = await browser.newContext({ viewport, colorScheme: scheme });
  const page = await context.newPage();
  const shot = async (on: Page, name: string) => {
    const file = path.join(out, `${name}-${viewport.width}-${scheme}.png`);
    await on.screenshot({ path: file, fullPage: true });
    console.log(file);
  };
  n++;
  await devSignIn(page, `Screen Writer ${n}`, `screen.writer.${n}@example.test`);
  await page.goto(`${base}/write`);
  await page.getByRole("button", { name: "start a blank writeup" }).click();
  await page.waitForURL(/\/edit/);
  await page.getByLabel("Text (markdown)").fill(TEXT);
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.locator(".editor-status").getByText(/^Saved/).waitFor({ timeout: 15_000 });
  await page.locator(".suggestions").waitFor();
  await page.locator(".editor-suggestions").scrollIntoViewIfNeeded();
  await shot(page, "editor");
  await context.close();

  const adminContext = await browser.newContext({ viewport, colorScheme: scheme });
  const admin = await adminContext.newPage();
  await devSignIn(admin, "Screen Admin", "screen.admin@example.test");
  await admin.goto(`${base}/admin/talks?q=Docker%20Captains`);
  await admin.getByRole("link", { name: "Tips and Tricks of the Docker Captains" }).click();
  await admin.waitForURL(/\/admin\/talks\//);
  if ((await admin.locator(".alias-row").count()) === 0) {
    for (const [phrase, negative] of [["captains' tips", false], ["the captains session", true]] as const) {
      await admin.getByLabel("Add an alias").fill(phrase);
      if (negative) await admin.getByRole("checkbox", { name: /^Negative/ }).check();
      await admin.getByRole("button", { name: "Add alias" }).click();
      await admin.getByRole("status").waitFor();
    }
  }
  await shot(admin, "admin-talk");
  await admin.goto(`${base}/admin/talks`);
  await shot(admin, "admin-talks");
  await adminContext.close();
}
await browser.close();
