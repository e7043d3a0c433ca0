/**
 * Screenshots of Hallway's pages at phone and desktop widths, light and dark,
 * for looking at what we build: `npx tsx scripts/screenshots.ts [baseUrl] [outDir]`.
 */
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";

const base = process.argv[2] ?? "http://localhost:3000";
const out = process.argv[3] ?? "test-results/screenshots";
const pages: [string, string][] = [
  ["home", "/"],
  ["writeup", "/writeups/three-days-in-copenhagen"],
  ["conferences", "/conferences"],
  ["conference", "/conferences/dockercon-eu-2017"],
  ["conference-cc", "/conferences/container-camp-au-2017"],
  ["talk", "/conferences/dockercon-eu-2017/talks/docker-500-going-fast-while-protecting-data"],
  ["speakers", "/speakers"],
  ["speaker", "/speakers/diogo-monica"],
  ["search", "/search?q=kubernetes"],
  ["author", "/authors/tom"],
  ["signin", "/signin"],
  ["not-found", "/nope"],
];
const only = process.env.ONLY?.split(",");

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
for (const [scheme, viewport] of [
  ["light", { width: 1280, height: 900 }],
  ["dark", { width: 390, height: 844 }],
  ["light", { width: 390, height: 844 }],
  ["dark", { width: 1280, height: 900 }],
] as const) {
  const context = await browser.newContext({ viewport, colorScheme: scheme, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [name, url] of pages) {
    if (only && !only.includes(name)) continue;
    await page.goto(base + url);
    const file = path.join(out, `${name}-${viewport.width}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: process.env.FULL === "1" });
    console.log(file);
  }
  await context.close();
}
await browser.close();
