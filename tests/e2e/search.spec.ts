import { expect, test } from "@playwright/test";

test("search finds speakers, talks and writeups, accents or not, with the terms marked", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  await page.getByRole("searchbox", { name: "Search writeups, talks and speakers" }).fill("monica");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=monica/);
  const speakers = page.locator("section", { has: page.getByRole("heading", { name: "Speakers" }) });
  await expect(speakers.getByRole("link", { name: "Diogo Mónica" })).toBeVisible();
  await expect(speakers.locator("mark").first()).toHaveText("Mónica");
  await expect(page.locator("section", { has: page.getByRole("heading", { name: "Writeups" }) }).getByRole("link", { name: "Three days in Copenhagen: DockerCon Europe 2017" })).toBeVisible();

  await page.goto("/search?q=kubernetes");
  await page.getByRole("link", { name: /^Talks \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/type=talk/);
  await expect(page.locator(".results .card").first()).toContainText(/Kubernetes/i);
  await expect(page.getByRole("heading", { name: "Writeups" })).toHaveCount(0);
});

test("a search with no results says so, and markup in the query stays text", async ({ page }) => {
  await page.goto("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  await expect(page.getByText(/Nothing matches/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>alert(1)</script>");
});
