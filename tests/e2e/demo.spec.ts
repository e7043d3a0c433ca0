/**
 * What a newcomer sees after `npm start` on a fresh clone: the demo writeups
 * that ship in prisma/seed/demo on the home page, each linking at least six
 * talk pages and six speaker pages, and every linked talk page linking back.
 */
import { expect, test } from "@playwright/test";

const DEMO = [
  { title: "Three days in Copenhagen: DockerCon Europe 2017", author: "Maja Lindqvist" },
  { title: "Container Camp AU 2017: notes from Sydney", author: "Tom Okafor" },
  { title: "DockerCon EU day two: the enterprise day", author: "Tom Okafor" },
  { title: "Security, from Sydney to Copenhagen", author: "Priya Raman" },
];

test("the home page shows every demo writeup with its author", async ({ page }) => {
  await page.goto("/");
  for (const { title, author } of DEMO) {
    const card = page.locator("article.card", { hasText: title });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(author);
  }
});

for (const { title } of DEMO) {
  test(`"${title}" links six talks and six speakers, and each talk links back`, async ({ page }) => {
    // Visits a page per link: a few dozen loads, more than the default budget on a busy machine.
    test.slow();
    await page.goto("/");
    await page.locator("article.card").getByRole("link", { name: title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const writeupPath = new URL(page.url()).pathname;

    const hrefs = async (selector: string) => [...new Set(await page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "")))];
    // Detected mentions and plain markdown links to a talk page both link it.
    const talks = (await hrefs(".prose a")).filter((h) => /^\/conferences\/[^/]+\/talks\/[^/]+$/.test(h));
    const speakers = (await hrefs(".prose a.mention")).filter((h) => /^\/speakers\/[^/]+$/.test(h));
    expect(talks.length, `talks linked from ${writeupPath}: ${talks.join(", ")}`).toBeGreaterThanOrEqual(6);
    expect(speakers.length, `speakers linked from ${writeupPath}: ${speakers.join(", ")}`).toBeGreaterThanOrEqual(6);

    for (const talk of talks) {
      const response = await page.goto(talk);
      expect(response?.status(), talk).toBe(200);
      const coverage = page.locator("section", { has: page.getByRole("heading", { name: /^Writeups of this / }) });
      await expect(coverage.locator(`a[href="${writeupPath}"]`), `${talk} links back to ${writeupPath}`).toHaveCount(1);
    }
    for (const speaker of speakers) {
      const response = await page.request.get(speaker);
      expect(response.status(), speaker).toBe(200);
      expect(await response.text(), `${speaker} is a speaker page`).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    }
  });
}
