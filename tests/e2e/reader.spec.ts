import { expect, test, type Page } from "@playwright/test";

// Maja's DockerCon writeup: it covers Docker 500 and names Diogo Mónica, who spoke at both conferences.
const WRITEUP = "Three days in Copenhagen: DockerCon Europe 2017";

async function expectOneH1(page: Page) {
  await expect(page.locator("h1")).toHaveCount(1);
}

test("a reader follows a writeup to a talk, and on to its speaker across conferences", async ({ page }) => {
  await page.goto("/");
  await expectOneH1(page);
  const card = page.locator("article.card", { hasText: WRITEUP });
  await expect(card).toContainText("Maja Lindqvist");
  await expect(card).toContainText("DockerCon Europe 2017");
  await expect(card.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await card.getByRole("link", { name: WRITEUP }).click();

  await expect(page).toHaveURL(/\/writeups\/three-days-in-copenhagen$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(WRITEUP);
  // The quoted title in the prose is a link to the official talk.
  const mention = page.locator(".prose a.mention", { hasText: "Docker 500: Going Fast while Protecting Data" });
  await expect(mention).toHaveAttribute("href", "/conferences/dockercon-eu-2017/talks/docker-500-going-fast-while-protecting-data");
  await expect(mention).toHaveAttribute("title", /Docker 500: Going Fast while Protecting Data — Diogo Mónica, DockerCon Europe 2017/);
  const covered = page.getByRole("complementary").filter({ has: page.getByRole("heading", { name: "Talks covered" }) });
  await expect(covered.locator("li")).toHaveCount(11);
  await mention.click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Docker 500: Going Fast while Protecting Data");
  await expectOneH1(page);
  const coverage = page.locator("section", { has: page.getByRole("heading", { name: /Writeups of this talk/ }) });
  await expect(coverage.getByRole("link", { name: WRITEUP })).toBeVisible();
  await expect(coverage.locator("li", { hasText: WRITEUP }).locator("blockquote")).toContainText("Docker 500");

  await page.getByRole("link", { name: "Diogo Mónica" }).first().click();
  await expect(page).toHaveURL(/\/speakers\/diogo-monica$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diogo Mónica");
  // One person, two conferences.
  await expect(page.getByRole("link", { name: "Orchestrating Least Privilege" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Docker 500: Going Fast while Protecting Data" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Container Camp AU 2017" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "DockerCon Europe 2017" })).toBeVisible();
  await expect(page.getByRole("link", { name: WRITEUP })).toBeVisible();
});

test("every speaker the writeup names links to that speaker's page", async ({ page }) => {
  await page.goto("/writeups/three-days-in-copenhagen");
  const links = page.locator(".prose a.mention");
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs).toContain("/speakers/solomon-hykes");
  // Named in "Marcos Lilljedahl and Jonathan Leibiusky", words that also stand for their talk: the speaker stays linked.
  expect(hrefs).toContain("/speakers/jonathan-leibiusky");
  for (const href of new Set(hrefs)) {
    const response = await page.request.get(href!);
    expect(response.status(), href!).toBe(200);
  }
});

test("conference programmes show every session with its coverage", async ({ page }) => {
  await page.goto("/conferences");
  await expectOneH1(page);
  await page.getByRole("link", { name: "Container Camp AU 2017" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Container Camp AU 2017");
  await expect(page.locator(".session")).toHaveCount(25);
  await expect(page.getByRole("heading", { level: 2, name: "Workshops" })).toBeVisible();
  await expect(page.locator(".session", { hasText: "Building a Kubernetes Operator" })).toContainText("Advanced");

  await page.goto("/conferences/dockercon-eu-2017");
  await expect(page.locator(".session")).toHaveCount(40);
  await expect(page.locator(".session", { hasText: "Docker 500" })).toContainText("2 writeups");
  await page.getByRole("link", { name: /Not yet covered/ }).click();
  await expect(page).toHaveURL(/filter=uncovered/);
  // 17 of the 40 are covered by the demo writeups.
  await expect(page.locator(".session")).toHaveCount(23);
  await expect(page.locator(".session", { hasText: "Docker 500" })).toHaveCount(0);
});

test("unknown pages answer 404 with a way back", async ({ page, javaScriptEnabled }) => {
  const unrouted = await page.goto("/no/such/page");
  expect(unrouted?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "latest writeups" })).toBeVisible();

  const response = await page.goto("/speakers/nobody-at-all");
  expect(response?.status()).toBe(404);
  // Next 16 streams notFound() from a dynamic route only in its flight data, so
  // without JavaScript the body stays empty (vercel/next.js#62228, #97000).
  test.skip(!javaScriptEnabled, "framework bug: notFound() body needs JavaScript");
  await expect(page.getByRole("link", { name: "latest writeups" })).toBeVisible();
});
