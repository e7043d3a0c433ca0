/**
 * The admin area in Chromium: who gets in, programme uploads (checked, then
 * imported, and a broken file that changes nothing), moderation with undo,
 * roles (a reader can't write), and merging two records of one speaker.
 * "site-admin" is the admin by HALLWAY_ADMIN_EMAIL (playwright.config.ts).
 */
import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { baseURL } from "./support/ports";
import { signInWithOidc } from "./support/sign-in";

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const signedOut = { storageState: { cookies: [], origins: [] } };
// The team's own schedule fixtures, so the browser tests need nothing beside the clone.
const FIXTURES = path.resolve("tests/fixtures/schedules");
// northfield-pyday-2019-schedule.ics: 16 VEVENTs, one an empty placeholder (tests/fixtures/schedules/README.md).
const ICAL_TALKS = 15;

async function signedIn(browser: Browser, login: string): Promise<Page> {
  const context = await browser.newContext({ ...signedOut, baseURL });
  const page = await context.newPage();
  await signInWithOidc(page, login);
  return page;
}

async function publishNew(page: Page, title: string, text: string): Promise<string> {
  await page.goto("/write");
  await page.getByRole("button", { name: "start a blank writeup" }).click();
  await expect(page).toHaveURL(/\/writeups\/[^/]+\/edit/);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text (markdown)").fill(text);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.locator(".editor-status")).toContainText(/^Published \d/);
  return new URL(page.url()).pathname.split("/")[2]!;
}

test("authors don't see or reach the admin area; the admin does", async ({ browser }) => {
  const author = await signedIn(browser, unique("plain-author"));
  await expect(author.getByRole("banner").getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
  for (const p of ["/admin", "/admin/writeups", "/admin/import", "/admin/speakers", "/admin/people", "/admin/talks"]) {
    expect((await author.goto(p))?.status(), p).toBe(404);
  }
  await author.context().close();

  const admin = await signedIn(browser, "site-admin");
  await admin.getByRole("banner").getByRole("link", { name: "Admin", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Admin");
  await expect(admin.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await admin.context().close();
});

test("an organizer uploads a programme: checks it, imports it, and a broken file changes nothing", async ({ browser }) => {
  const admin = await signedIn(browser, "site-admin");
  await admin.goto("/admin/import");
  await admin.getByLabel("Programme file").setInputFiles(path.join(FIXTURES, "northfield-pyday-2019-schedule.ics"));
  await admin.getByLabel("Conference address (optional)").fill("northfield-pyday-e2e");
  await admin.getByRole("button", { name: "Check only" }).click();
  await expect(admin.getByRole("status")).toContainText("Checked, nothing saved");
  expect((await admin.request.get("/conferences/northfield-pyday-e2e")).status()).toBe(404);

  // The file is still chosen: import it for real.
  await admin.getByRole("button", { name: "Import", exact: true }).click();
  const done = admin.getByRole("status");
  await expect(done).toContainText("Imported:");
  await expect(done).toContainText(`Talks: ${ICAL_TALKS} new`);
  await done.getByRole("link").click();
  await expect(admin).toHaveURL(/\/conferences\/northfield-pyday-e2e$/);
  // Every session of the file, breaks included, is on the programme. A day
  // renders as a grid and as a narrow-screen list, so links are counted by address.
  const sessions = admin.getByText(`${ICAL_TALKS} sessions`, { exact: true });
  const talkPages = () =>
    admin.locator("a[href^='/conferences/northfield-pyday-e2e/talks/']").evaluateAll((links) => new Set(links.map((a) => a.getAttribute("href"))).size);
  await expect(sessions).toBeVisible();
  expect(await talkPages()).toBe(ICAL_TALKS);
  await expect(admin.getByRole("link", { name: "Growing a Team of Maintainers" }).first()).toBeVisible();

  // Broken: a CSV with a bad time. The message names the file, the line and the column.
  await admin.goto("/admin/import");
  await admin.getByLabel("Programme file").setInputFiles({
    name: "broken.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("title,day,start,end\nFine talk,2019-09-13,10:00,10:30\nBad talk,2019-09-13,25:99,26:00\n"),
  });
  await admin.getByLabel("Conference address (optional)").fill("northfield-pyday-e2e");
  await admin.getByRole("button", { name: "Import", exact: true }).click();
  const alert = admin.locator(".notice-error");
  await expect(alert).toContainText("Nothing was imported");
  await expect(alert).toContainText("broken.csv, line 3");
  await expect(alert).toContainText("start");
  await admin.goto("/conferences/northfield-pyday-e2e");
  await expect(sessions).toBeVisible();
  expect(await talkPages()).toBe(ICAL_TALKS);
  await expect(admin.getByRole("link", { name: "Fine talk" })).toHaveCount(0);
  await admin.context().close();
});

test("a moderator takes a writeup down, readers lose it, and Undo brings it back", async ({ browser }) => {
  const author = await signedIn(browser, unique("moderated-author"));
  const title = unique("Spam or not");
  const slug = await publishNew(author, title, "Words a moderator will look at.");

  const admin = await signedIn(browser, "site-admin");
  await admin.goto(`/admin/writeups?q=${encodeURIComponent(title)}`);
  const row = admin.locator(".dash-row", { hasText: title });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: "Take down" }).click();
  await expect(admin.getByRole("status")).toContainText("Moved to the trash");

  const reader = await browser.newContext({ ...signedOut, baseURL });
  expect((await reader.request.get(`/writeups/${slug}`)).status()).toBe(404);
  // Its author still has it, in the trash on their dashboard.
  await author.goto("/dashboard");
  await expect(author.locator(".dash-section", { hasText: "Trash" })).toContainText(title);

  await admin.getByRole("button", { name: "Undo" }).click();
  await expect(admin.getByRole("status")).toContainText("Restored");
  expect((await reader.request.get(`/writeups/${slug}`)).status()).toBe(200);

  // Unpublish makes it a draft again: gone for readers, still the author's.
  await admin.goto(`/admin/writeups?q=${encodeURIComponent(title)}`);
  await admin.locator(".dash-row", { hasText: title }).getByRole("button", { name: "Unpublish" }).click();
  await expect(admin.getByRole("status")).toContainText("Unpublished");
  expect((await reader.request.get(`/writeups/${slug}`)).status()).toBe(404);
  await reader.close();
  await author.context().close();
  await admin.context().close();
});

test("roles: an admin makes someone a reader, who then can't write", async ({ browser }) => {
  const login = unique("demoted");
  const user = await signedIn(browser, login);
  await expect(user.getByRole("banner").getByRole("link", { name: "Write", exact: true })).toBeVisible();

  const admin = await signedIn(browser, "site-admin");
  await admin.goto(`/admin/people?q=${login}`);
  const row = admin.locator(".person-row", { hasText: login });
  await row.getByLabel("Role").selectOption("reader");
  await row.getByRole("button", { name: /^Change/ }).click();
  await expect(admin.getByRole("status")).toContainText("Role changed");
  await expect(admin.locator(".person-row", { hasText: login }).getByLabel("Role")).toHaveValue("reader");

  await user.goto("/write");
  await expect(user.getByRole("status")).toContainText("not publish writeups");
  await expect(user.getByRole("button", { name: "start a blank writeup" })).toHaveCount(0);
  await expect(user.getByRole("banner").getByRole("link", { name: "Write", exact: true })).toHaveCount(0);

  // The only admin can't demote themselves.
  await admin.goto("/admin/people?q=site-admin");
  const me = admin.locator(".person-row", { hasText: "site-admin" });
  await me.getByLabel("Role").selectOption("author");
  await me.getByRole("button", { name: /^Change/ }).click();
  await expect(admin.locator(".notice-error")).toContainText("only admin");
  await user.context().close();
  await admin.context().close();
});

test("merging speakers: a likely duplicate is offered, merged, and its old page redirects", async ({ browser }) => {
  const admin = await signedIn(browser, "site-admin");
  const conference = unique("merge-conf").toLowerCase();
  // "Lizzie Rice" at a new conference: the importer can't know she is Liz Rice.
  await admin.goto("/admin/import");
  await admin.getByLabel("Programme file").setInputFiles({
    name: "merge.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`title,day,start,end,speakers\nContainers from scratch again,2026-05-04,10:00,10:45,Lizzie Rice\n`),
  });
  await admin.getByLabel("Conference address (optional)").fill(conference);
  await admin.getByRole("button", { name: "Import", exact: true }).click();
  await expect(admin.getByRole("status")).toContainText("Imported:");

  await admin.goto("/admin/speakers");
  const pair = admin.locator("#likely ~ ul li", { hasText: "Lizzie Rice" });
  await expect(pair).toContainText("Liz Rice");
  await pair.getByRole("link", { name: "Merge these…" }).click();
  await expect(admin.getByLabel("Keep this speaker")).toHaveValue("liz-rice");
  await expect(admin.getByLabel("Merge this duplicate into it")).toHaveValue(/^lizzie-rice/);
  const duplicate = await admin.getByLabel("Merge this duplicate into it").inputValue();
  await admin.getByRole("button", { name: "Merge" }).click();
  await expect(admin.getByRole("status")).toContainText("Merged Lizzie Rice into Liz Rice");

  await admin.goto(`/speakers/${duplicate}`);
  await expect(admin).toHaveURL(`${baseURL}/speakers/liz-rice`);
  await expect(admin.getByRole("link", { name: "Containers from scratch again" })).toBeVisible();

  // A slug that doesn't exist is refused, with the reason.
  await admin.goto("/admin/speakers");
  await admin.getByLabel("Keep this speaker").fill("liz-rice");
  await admin.getByLabel("Merge this duplicate into it").fill("nobody-at-all");
  await admin.getByRole("button", { name: "Merge" }).click();
  await expect(admin.locator(".notice-error")).toContainText("No speaker with the slug");
  await admin.context().close();
});

test("an organizer finds a talk and edits its aliases: add, refusals in words, flip, delete", async ({ browser }) => {
  const admin = await signedIn(browser, "site-admin");
  await admin.goto("/admin");
  await admin.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Talks" }).click();
  await admin.getByLabel("Find a talk").fill("Docker Captains");
  await admin.getByRole("button", { name: "Find" }).click();
  await admin.getByRole("link", { name: "Tips and Tricks of the Docker Captains" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Tips and Tricks of the Docker Captains");
  await expect(admin.locator(".lede")).toContainText("Adrian Mouat");

  const aliases = admin.locator("#aliases");
  const phrase = unique("captain tips");
  // Refused, with words that say why, and the phrase kept in the field.
  await aliases.getByLabel("Add an alias").fill("Tips and tricks of the Docker captains!");
  await aliases.getByRole("button", { name: "Add alias" }).click();
  await expect(admin.locator(".notice-error")).toContainText("That is the talk’s own title");
  await expect(aliases.getByLabel("Add an alias")).toHaveValue("Tips and tricks of the Docker captains!");
  await aliases.getByLabel("Add an alias").fill("ab");
  await aliases.getByRole("button", { name: "Add alias" }).click();
  await expect(admin.locator(".notice-error")).toContainText("at least 3 letters or digits");

  await aliases.getByLabel("Add an alias").fill(phrase);
  await aliases.getByRole("button", { name: "Add alias" }).click();
  await expect(admin.getByRole("status")).toContainText("Alias added");
  const row = aliases.locator(".alias-row", { hasText: phrase });
  await expect(row).toContainText("positive");
  await expect(row).toContainText("set by an organizer");
  await expect(row).toContainText("links without asking");

  await row.getByRole("button", { name: `Make negative “${phrase}”` }).click();
  await expect(admin.getByRole("status")).toContainText("Alias flipped");
  await expect(aliases.locator(".alias-row", { hasText: phrase })).toContainText("never links or suggests this talk");

  await aliases.locator(".alias-row", { hasText: phrase }).getByRole("button", { name: `Delete “${phrase}”` }).click();
  await expect(admin.getByRole("status")).toContainText("Alias deleted");
  await expect(aliases.locator(".alias-row", { hasText: phrase })).toHaveCount(0);
  await admin.context().close();
});
