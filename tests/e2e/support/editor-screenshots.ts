/**
 * Screenshots of the studio (write, editor, conflict, dashboard) at phone and
 * desktop widths, light and dark, with JavaScript on:
 *   npx tsx tests/e2e/support/editor-screenshots.ts <app with the development sign-in> [outDir]
 * The app must offer the development sign-in (a local site with no sign-in
 * provider configured), e.g. `PORT=3720 AUTH_URL=http://localhost:3720 npx tsx tests/e2e/serve.ts`.
 */
import { chromium, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";

const base = process.argv[2] ?? "http://localhost:3000";
const out = process.argv[3] ?? "test-results/screenshots-editor";
mkdirSync(out, { recursive: true });

async function devSignIn(page: Page, who: string) {
  await page.goto(`${base}/signin`);
  await page.getByLabel("Display name").fill(who);
  await page.getByLabel("Email", { exact: true }).fill(`${who.toLowerCase().replace(/\W+/g, ".")}@example.test`);
  await page.getByRole("button", { name: "Sign in for development" }).click();
  await page.waitForURL(`${base}/`);
}

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
  const shot = async (name: string, fullPage = true) => {
    const file = path.join(out, `${name}-${viewport.width}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage });
    console.log(file);
  };
  await devSignIn(page, `Screen Writer ${++n}`);
  await page.goto(`${base}/write`);
  await shot("write-pick");
  await page.getByRole("radio", { name: /DockerCon Europe 2017/ }).check();
  await page.getByRole("button", { name: "Show its programme" }).click();
  await page.getByRole("checkbox").nth(1).check();
  await page.getByRole("checkbox").nth(3).check();
  await shot("write-programme");
  await page.getByRole("button", { name: "Start writing" }).click();
  await page.waitForURL(/\/edit/);
  const body = page.getByLabel("Text (markdown)");
  await body.press("ControlOrMeta+End");
  await body.pressSequentially("\nThe best session was „Docker 500: Going fast while protecting data“. Also the keynote.\n");
  await page.locator(".editor-status").getByText(/^Saved/).waitFor({ timeout: 15_000 });
  await shot("editor");
  await shot("editor-viewport", false);

  // A conflict, from a second tab.
  const other = await context.newPage();
  await other.goto(page.url());
  await body.fill("Changed here first.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.locator(".editor-status").getByText(/^Saved/).waitFor();
  await other.getByLabel("Text (markdown)").fill("Changed in the other tab.");
  await other.getByRole("button", { name: "Save draft" }).click();
  await other.locator(".editor-conflict").waitFor();
  const file = path.join(out, `editor-conflict-${viewport.width}-${scheme}.png`);
  await other.screenshot({ path: file, fullPage: true });
  console.log(file);
  await other.close();

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.locator(".editor-status").getByText(/^Published/).waitFor();
  await page.goto(`${base}/dashboard`);
  await shot("dashboard");
  await context.close();
}
await browser.close();
