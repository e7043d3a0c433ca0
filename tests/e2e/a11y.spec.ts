/**
 * Accessibility: axe-core on every reader page type, with zero violations
 * (WCAG 2.1 A and AA rules), in whatever colour scheme and width the project
 * runs (desktop light; phone dark without JavaScript). Plus the keyboard: the
 * skip link is the first stop and shows a visible focus ring.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// axe runs inside the page, so it needs JavaScript even in the no-JavaScript
// project; that project still checks its own width and dark colour scheme.
test.use({ javaScriptEnabled: true });

const PAGES: [string, string][] = [
  ["home", "/"],
  ["writeup", "/writeups/three-days-in-copenhagen"],
  ["conferences", "/conferences"],
  ["conference (by kind)", "/conferences/container-camp-au-2017"],
  ["conference (by day)", "/conferences/dockercon-eu-2017"],
  ["conference, not yet covered", "/conferences/dockercon-eu-2017?filter=uncovered"],
  ["conference writeups", "/conferences/dockercon-eu-2017/writeups"],
  ["talk", "/conferences/dockercon-eu-2017/talks/docker-500-going-fast-while-protecting-data"],
  ["talk without coverage", "/conferences/container-camp-au-2017/talks/kubernetes-meets-linux"],
  ["speakers", "/speakers"],
  ["speaker", "/speakers/diogo-monica"],
  ["search", "/search"],
  ["search results", "/search?q=kubernetes"],
  ["author", "/authors/maja"],
  ["sign in", "/signin"],
  ["not found", "/no/such/page"],
];

for (const [name, path] of PAGES) {
  test(`${name} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    expect(summary, summary.join("\n")).toEqual([]);
  });
}

test("the keyboard reaches the skip link first, and focus is visible", async ({ page }) => {
  await page.goto("/writeups/three-days-in-copenhagen");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
});
