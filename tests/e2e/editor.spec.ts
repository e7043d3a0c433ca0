/**
 * The writeup editor, end to end, signed in (the `auth` project's saved
 * session, or a fresh OIDC user where the test says "a new user"): start from
 * a programme, write with a live preview, publish, conflicts between two tabs,
 * XSS payloads that must not run in Chromium, the trash, and slug redirects.
 */
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { baseURL } from "./support/ports";
import { signInWithOidc } from "./support/sign-in";

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const signedOut = { storageState: { cookies: [], origins: [] } };
const DOCKER_500 = "/conferences/dockercon-eu-2017/talks/docker-500-going-fast-while-protecting-data";

async function newUserPage(browser: Browser, login = unique("writer")): Promise<Page> {
  const context = await browser.newContext({ ...signedOut, baseURL });
  const page = await context.newPage();
  await signInWithOidc(page, login);
  return page;
}

/** A new user, signed in with scripts on (the OIDC pages need them), then a scriptless tab with that session. */
async function newUserPageWithoutScripts(browser: Browser): Promise<Page> {
  const page = await newUserPage(browser);
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await page.context().storageState() });
  await page.context().close();
  return context.newPage();
}

const status = (page: Page) => page.locator(".editor-status");
const body = (page: Page) => page.getByLabel("Text (markdown)");

/** A blank draft with this title and text, saved; returns its edit URL. */
async function draft(page: Page, title: string, text: string): Promise<string> {
  await page.goto("/write");
  await page.getByRole("button", { name: "start a blank writeup" }).click();
  await expect(page).toHaveURL(/\/writeups\/[^/]+\/edit/);
  await page.getByLabel("Title").fill(title);
  await body(page).fill(text);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(status(page)).toContainText(/^Saved \d/);
  return page.url().replace(/\?.*$/, "");
}

async function publish(page: Page) {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(status(page)).toContainText(/^Published \d/);
  await expect(page.locator(".editor-where")).toContainText("Published");
}

test("a new user starts from the DockerCon programme, writes with a live preview, and publishes", async ({ browser }) => {
  const page = await newUserPage(browser);
  await page.goto("/write");
  await page.getByRole("radio", { name: /DockerCon Europe 2017/ }).check();
  await page.getByRole("button", { name: "Show its programme" }).click();
  await expect(page).toHaveURL(/\/write\?conference=dockercon-eu-2017$/);
  await page.getByRole("checkbox", { name: /^Docker 101/ }).check();
  await page.getByRole("checkbox", { name: /^Modernizing Java Apps with Docker/ }).check();
  await page.getByRole("button", { name: "Start writing" }).click();

  await expect(page).toHaveURL(/\/writeups\/dockercon-europe-2017-notes[^/]*\/edit/);
  await expect(page.getByLabel("Title")).toHaveValue("DockerCon Europe 2017 notes");
  await expect(page.getByRole("checkbox", { name: /DockerCon Europe 2017/ })).toBeChecked();
  // The outline: one linked heading per ticked session, in the text and in the preview.
  await expect(body(page)).toHaveValue(/### .*\[Docker 101\]\(\/conferences\/dockercon-eu-2017\/talks\/docker-101\)/);
  await expect(body(page)).toHaveValue(/\[Modernizing Java Apps with Docker\]/);
  const preview = page.getByTestId("preview");
  await expect(preview.locator("h3 a[href='/conferences/dockercon-eu-2017/talks/docker-101']")).toHaveText("Docker 101");

  const title = unique("My DockerCon");
  await page.getByLabel("Title").fill(title);
  const paragraph = "The best session was „Docker 500: Going fast while protecting data“, on secrets and signing.";
  await body(page).press("ControlOrMeta+End");
  await body(page).pressSequentially(`\n${paragraph}\n`, { delay: 2 });
  // Live: the paragraph shows up before any save…
  await expect(preview).toContainText("The best session was");
  // …and once the draft saves itself, the talk it names is linked.
  await expect(status(page)).toContainText(/^Saved \d/, { timeout: 15_000 });
  const suggestion = page.locator(".suggestions li", { hasText: "Docker 500" });
  if (await suggestion.count()) await suggestion.getByRole("button", { name: /^Accept/ }).click();
  await expect(preview.locator(`a[href='${DOCKER_500}']`)).toBeVisible({ timeout: 15_000 });
  // Any other suggestion can be turned down in place.
  const other = page.locator(".suggestions li").first();
  if (await other.count()) {
    const before = await page.locator(".suggestions li").count();
    await other.getByRole("button", { name: /^Reject/ }).click();
    await expect(page.locator(".suggestions li")).toHaveCount(before - 1);
  }

  await publish(page);
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto(`/writeups/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator(".prose a[href='" + DOCKER_500 + "']")).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toBeVisible();

  await page.goto(DOCKER_500);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.context().close();
});

test("a stale save is refused with both texts shown, and nothing is lost", async ({ context, page }) => {
  const url = await draft(page, unique("Two tabs"), "The first text.");
  const other = await context.newPage();
  await other.goto(url);
  await expect(body(other)).toHaveValue("The first text.");

  await body(page).fill("Written in the first tab.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(status(page)).toContainText(/^Saved \d/);

  await body(other).fill("Written in the second tab.");
  await other.getByRole("button", { name: "Save draft" }).click();
  const conflict = other.locator(".editor-conflict");
  await expect(conflict).toContainText("changed somewhere else");
  await expect(conflict.getByText("Newer version saved elsewhere")).toBeVisible();
  await expect(other.getByTestId("newer-version")).toHaveText("Written in the first tab.");
  // The author's own text stays in the editor, untouched.
  await expect(body(other)).toHaveValue("Written in the second tab.");
  // Autosave does not sneak past the conflict either: once the second tab has
  // nothing left in flight, the conflict still stands and the saved text is the first tab's.
  await other.waitForLoadState("networkidle");
  await expect(conflict).toBeVisible();
  await page.reload();
  await expect(body(page)).toHaveValue("Written in the first tab.");

  await other.getByRole("button", { name: "Save mine over it" }).click();
  await expect(status(other)).toContainText(/^Saved \d/);
  await expect(conflict).toHaveCount(0);
  await other.reload();
  await expect(body(other)).toHaveValue("Written in the second tab.");

  // The first tab is now the stale one; it may take the newer text instead.
  await body(page).fill("Another go from the first tab.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("newer-version")).toHaveText("Written in the second tab.");
  await page.getByRole("button", { name: "Use the newer version" }).click();
  await expect(body(page)).toHaveValue("Written in the second tab.");
  await other.close();
});

test("a failed save keeps the text and says what to fix", async ({ page }) => {
  await draft(page, unique("Validation"), "Some text.");
  await page.getByLabel("Title").fill("");
  await body(page).fill("Text that must survive.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("#title-error")).toContainText("Give your writeup a title");
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expect(body(page)).toHaveValue("Text that must survive.");
});

const XSS_CORPUS = [
  "## Payloads",
  "<script>window.__xss = 1; alert('script')</script>",
  '<img src="x" onerror="window.__xss = 2; alert(\'img\')">',
  '<svg onload="window.__xss = 3"><script>window.__xss = 3</script></svg>',
  '<svg><animate onbegin="window.__xss = 4" attributeName="x" dur="1s"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 5">',
  '<math href="javascript:window.__xss = 6"><mi>x</mi></math>',
  "<iframe srcdoc=\"<script>parent.__xss = 7; parent.alert('srcdoc')</script>\"></iframe>",
  '<iframe src="javascript:parent.__xss = 8"></iframe>',
  '<a href="javascript:window.__xss = 9">raw html link</a>',
  '<div onmouseover="window.__xss = 10" style="height:50px">hover me</div>',
  '<details open ontoggle="window.__xss = 11"><summary>x</summary></details>',
  '<input autofocus onfocus="window.__xss = 12">',
  '<object data="javascript:window.__xss = 13"></object><embed src="javascript:window.__xss = 14">',
  '<video><source onerror="window.__xss = 15"></video>',
  '<form action="javascript:window.__xss = 16"><button>go</button></form>',
  '<style>body { background: red }</style><link rel="stylesheet" href="javascript:window.__xss = 17">',
  "",
  "[markdown javascript link](javascript:window.__xss=18)",
  "[encoded](jav&#x61;script:window.__xss=19)",
  "[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![js image](javascript:window.__xss=20)",
  "![data image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)",
  '![broken](x "onerror=window.__xss=21")',
  "[reference link][evil]",
  "<https://example.com/\"onmouseover=\"window.__xss=22>",
  "",
  "[evil]: javascript:window.__xss=23",
  "",
  "`<script>window.__xss = 24</script>` stays code.",
  "",
  "Last line: the payloads above must all be inert.",
].join("\n");

async function expectInert(page: Page, dialogs: string[]) {
  const prose = page.locator(".prose").first();
  await expect(prose).toContainText("Last line: the payloads above must all be inert.");
  // Give onerror/onload/autofocus handlers their chance to fire, and poke at the content.
  await prose.hover();
  await page.mouse.move(5, 5);
  // Every image has loaded or failed (so onload/onerror would have run), then two frames for focus handlers.
  await page.evaluate(async () => {
    await Promise.all([...document.images].map((img) => (img.complete ? null : new Promise((done) => { img.addEventListener("load", done); img.addEventListener("error", done); }))));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  expect(dialogs, "no dialog opened").toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  const found = await page.evaluate(() => {
    const root = document.querySelectorAll(".prose");
    const inBody = [...root].flatMap((r) => [...r.querySelectorAll("script, iframe, object, embed, svg, math, style, link, form, input, video, source")].map((e) => e.tagName));
    const handlers = [...root].flatMap((r) => [...r.querySelectorAll("*")].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith("on")).map((n) => `${e.tagName}[${n}]`)));
    const badUrls = [...root].flatMap((r) =>
      [...r.querySelectorAll("[href], [src], [action], [data], [srcdoc]")].flatMap((e) =>
        ["href", "src", "action", "data", "srcdoc"].flatMap((a) => {
          const v = e.getAttribute(a);
          return v !== null && (a === "srcdoc" || /^\s*(javascript|data|vbscript):/i.test(v)) ? [`${e.tagName}[${a}=${v}]`] : [];
        }),
      ),
    );
    // Next.js ships the editor's props (the markdown, as an escaped JSON string)
    // in its flight-data scripts, and the page has JSON-LD: data, not code.
    // Any other script mentioning the payloads' sentinel came from the body.
    const isData = (s: HTMLScriptElement) => (s.type && s.type !== "text/javascript" && s.type !== "module") || /^\(?self\.__next_f/.test(s.textContent ?? "");
    const pageScripts = [...document.querySelectorAll("script")].filter((s) => s.textContent?.includes("__xss") && !isData(s)).length;
    return { inBody, handlers, badUrls, pageScripts };
  });
  expect(found).toEqual({ inBody: [], handlers: [], badUrls: [], pageScripts: 0 });
}

test("XSS payloads in a writeup run neither in the preview nor on the published page", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const title = unique("Payloads");
  const url = await draft(page, title, XSS_CORPUS);
  await publish(page);

  // The preview, as stored after the save…
  await page.goto(url);
  await expectInert(page, dialogs);
  // …and live, as typed (a fresh render through the preview action).
  await body(page).press("ControlOrMeta+End");
  await body(page).pressSequentially("\n\nTyped after.", { delay: 5 });
  await expect(page.getByTestId("preview")).toContainText("Typed after.");
  await expectInert(page, dialogs);
  // Ctrl/⌘+S saves (a published writeup never saves itself), so leaving asks nothing.
  await body(page).press("ControlOrMeta+s");
  await expect(status(page)).toContainText(/^Saved \d/);

  const slug = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto(`/writeups/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectInert(page, dialogs);
  // The code span keeps the text as text.
  await expect(page.locator(".prose code").filter({ hasText: "<script>window.__xss = 24</script>" })).toHaveCount(1);
});

test("unpublish, trash with undo, and restore from the dashboard", async ({ page, request }) => {
  const title = unique("Lifecycle");
  await draft(page, title, "A writeup that goes to the trash and back.");
  await publish(page);
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const publicStatus = async () => (await request.get(`/writeups/${slug}`, { maxRedirects: 0 })).status();
  expect(await publicStatus()).toBe(200);

  await page.goto("/dashboard");
  const published = page.locator("section", { has: page.getByRole("heading", { name: /^Published/ }) });
  const card = (section: typeof published) => section.locator(".dash-row", { hasText: title });
  await card(published).getByRole("button", { name: "Unpublish" }).click();
  await expect(page.locator(".dash-notice")).toContainText("Unpublished");
  expect(await publicStatus()).toBe(404);

  const drafts = page.locator("section", { has: page.getByRole("heading", { name: /^Drafts/ }) });
  await card(drafts).getByRole("button", { name: "Publish" }).click();
  await expect(page.locator(".dash-notice")).toContainText("Published");
  expect(await publicStatus()).toBe(200);

  await card(published).getByRole("button", { name: "Move to trash" }).click();
  await expect(page.locator(".dash-notice")).toContainText("Moved to the trash");
  const trash = page.locator("section", { has: page.getByRole("heading", { name: /^Trash/ }) });
  await expect(card(trash)).toContainText("Deleted for good in 30 days");
  expect(await publicStatus()).toBe(404);
  // The editor says where it is and offers the way back too.
  await page.goto(`/writeups/${slug}/edit`);
  await expect(page.getByText("This writeup is in the trash")).toBeVisible();

  await page.goto("/dashboard");
  await card(trash).getByRole("button", { name: "Restore" }).click();
  await expect(page.locator(".dash-notice")).toContainText("Restored");
  await expect(card(published)).toBeVisible();
  expect(await publicStatus()).toBe(200);

  // Undo right after trashing.
  await card(published).getByRole("button", { name: "Move to trash" }).click();
  await page.locator(".dash-notice").getByRole("button", { name: "Undo" }).click();
  await expect(page.locator(".dash-notice")).toContainText("Restored");
  expect(await publicStatus()).toBe(200);

  // Export: one zip with this writeup as markdown with front matter.
  const zip = await request.get("/dashboard/export");
  expect(zip.status()).toBe(200);
  expect(zip.headers()["content-type"]).toBe("application/zip");
  expect(zip.headers()["content-disposition"]).toContain('filename="hallway-writeups.zip"');
  const bytes = await zip.body();
  expect(bytes.subarray(0, 4).toString("hex")).toBe("504b0304");
  expect(bytes.includes(Buffer.from(`${slug}.md`))).toBe(true);
});

test("an old address redirects after the slug changes", async ({ page, request }) => {
  await draft(page, unique("Slug move"), "A writeup that moves.");
  await publish(page);
  const oldSlug = new URL(page.url()).pathname.split("/")[2]!;
  const newSlug = unique("moved-here");
  await page.getByRole("textbox", { name: "Address" }).fill(newSlug);
  await page.getByRole("button", { name: "Change address" }).click();
  await expect(page).toHaveURL(new RegExp(`/writeups/${newSlug}/edit`));
  const old = await request.get(`/writeups/${oldSlug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(new RegExp(`/writeups/${newSlug}$`));
  await page.goto(`/writeups/${oldSlug}`);
  await expect(page).toHaveURL(`${baseURL}/writeups/${newSlug}`);

  await page.goto(`/writeups/${newSlug}/edit`);
  await page.getByRole("textbox", { name: "Address" }).fill("Not A Slug!");
  await page.getByRole("button", { name: "Change address" }).click();
  await expect(page.locator("#slug-error")).toContainText("lower-case");
});

test("only the author sees a draft, edits it, or gets the edit link", async ({ page, browser }) => {
  const url = await draft(page, unique("Private draft"), "Not for anyone else.");
  const slug = new URL(url).pathname.split("/")[2]!;
  const stranger = await newUserPage(browser);
  expect((await stranger.goto(url))?.status()).toBe(404);
  expect((await stranger.goto(`/writeups/${slug}`))?.status()).toBe(404);

  await publish(page);
  expect((await stranger.goto(url))?.status()).toBe(404);
  expect((await stranger.goto(`/writeups/${slug}`))?.status()).toBe(200);
  await expect(stranger.locator(".author-tools")).toHaveCount(0);
  await stranger.context().close();

  const anonymous = await browser.newContext({ ...signedOut, baseURL });
  const reader = await anonymous.newPage();
  await reader.goto(url);
  await expect(reader).toHaveURL(/\/signin\?callbackUrl=/);
  expect((await reader.request.get("/dashboard/export", { maxRedirects: 0 })).status()).toBe(303);
  await anonymous.close();
});

test("the editor works without JavaScript", async ({ browser }) => {
  const nojs = await newUserPageWithoutScripts(browser);
  const context = nojs.context();
  await nojs.goto("/write");
  await nojs.getByRole("button", { name: "start a blank writeup" }).click();
  await expect(nojs).toHaveURL(/\/edit\?done=created/);
  const title = unique("No script");
  await nojs.getByLabel("Title").fill(title);
  await nojs.getByLabel("Text (markdown)").fill("Written **without** scripts.");
  await nojs.getByRole("button", { name: "Save draft" }).click();
  await expect(nojs).toHaveURL(/\/edit\?done=saved/);
  await expect(nojs.getByTestId("preview").locator("strong")).toHaveText("without");

  // A mistake comes back with the text kept and the error next to the field.
  await nojs.getByText("Summary and original address").click();
  await nojs.getByLabel("Originally published at").fill("not a url");
  await nojs.getByLabel("Text (markdown)").fill("Changed, and must survive.");
  await nojs.getByRole("button", { name: "Save draft" }).click();
  await expect(nojs.locator("#canonicalUrl-error")).toContainText("https://");
  await expect(nojs.getByLabel("Text (markdown)")).toHaveValue("Changed, and must survive.");

  await nojs.getByLabel("Originally published at").fill("https://blog.example/dockercon");
  await nojs.getByRole("button", { name: "Publish" }).click();
  await expect(nojs).toHaveURL(/\/edit\?done=published/);
  const slug = new URL(nojs.url()).pathname.split("/")[2]!;
  await nojs.goto(`/writeups/${slug}`);
  await expect(nojs.locator(".meta").getByRole("link", { name: "blog.example" })).toHaveAttribute("href", "https://blog.example/dockercon");
  await context.close();
});

test("without JavaScript, accepting a suggestion keeps the text typed since the last save", async ({ browser }) => {
  const nojs = await newUserPageWithoutScripts(browser);
  const context = nojs.context();
  await nojs.goto("/write");
  await nojs.getByRole("button", { name: "start a blank writeup" }).click();
  await nojs.getByRole("checkbox", { name: /DockerCon Europe 2017/ }).check();
  // A name written in lower case is only a suggestion.
  await nojs.getByLabel("Text (markdown)").fill("I chatted with diogo mónica about secrets.");
  await nojs.getByRole("button", { name: "Save draft" }).click();
  await expect(nojs).toHaveURL(/\/edit\?done=saved/);
  const suggestion = nojs.locator(".suggestions li", { hasText: "diogo mónica" });
  await expect(suggestion).toHaveCount(1);

  // Typed but not saved, then a decision: both land.
  await nojs.getByLabel("Text (markdown)").fill("I chatted with diogo mónica about secrets.\n\nAnd this line was never saved by hand.");
  await suggestion.getByRole("button", { name: /^Accept/ }).click();
  await expect(nojs).toHaveURL(/\/edit\?done=accepted/);
  await expect(nojs.getByLabel("Text (markdown)")).toHaveValue(/never saved by hand/);
  await expect(nojs.getByTestId("preview").locator("a[href='/speakers/diogo-monica']")).toHaveText("diogo mónica");
  await expect(nojs.locator(".suggestions li", { hasText: "diogo mónica" })).toHaveCount(0);
  await context.close();
});

test("suggestions show why and the talk's conference, day and speakers; confirming links it, rejecting keeps it off next time", async ({ browser }) => {
  const DAY1 = "/conferences/dockercon-eu-2017/talks/day-1-general-session";
  const SYSCALLS = "/conferences/dockercon-eu-2017/talks/what-have-syscalls-done-for-you-lately";
  const page = await newUserPage(browser);
  await page.goto("/write");
  await page.getByRole("button", { name: "start a blank writeup" }).click();
  await expect(page).toHaveURL(/\/writeups\/[^/]+\/edit/);
  const title = unique("Suggested links");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("checkbox", { name: /DockerCon Europe 2017/ }).check();
  await body(page).fill("The keynote on day one was long. After the keynote I had coffee; the keynote demo was the best part.\n\nLater a talk by Liz Rice, as ever with live coding.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(status(page)).toContainText(/^Saved \d/);

  // One row per talk and phrase, however often it occurs: the words, why, and the talk with its conference, day and speakers.
  const keynote = page.locator(".suggestions > li", { hasText: "Day 1: General Session" });
  await expect(keynote).toHaveCount(1);
  await expect(keynote.locator(".suggestion-text")).toHaveText("keynote");
  await expect(keynote.locator(".suggestion-count")).toHaveText("2 times");
  await expect(keynote.locator(".suggestion-why")).not.toBeEmpty();
  await expect(keynote.locator(".candidate-facts")).toContainText("DockerCon Europe 2017");
  await expect(keynote.locator(".candidate-facts")).toContainText("17 October 2017");
  await expect(keynote.locator(".candidate-facts")).toContainText("Solomon Hykes");
  const syscalls = page.locator(".suggestions > li", { hasText: "What Have Syscalls Done for you Lately?" });
  await expect(syscalls).toHaveCount(1);
  await expect(syscalls.locator(".candidate-facts")).toContainText("Liz Rice");

  // Confirm one (every occurrence at once), reject the other: one click each.
  await keynote.getByRole("button", { name: /^Accept/ }).click();
  await expect(page.getByTestId("preview").locator(`a[href='${DAY1}']`, { hasText: /^keynote$/ })).toHaveCount(2);
  await expect(keynote).toHaveCount(0);
  await syscalls.getByRole("button", { name: /^Reject/ }).click();
  await expect(syscalls).toHaveCount(0);
  await expect(status(page)).toContainText("Suggestion dismissed");

  // Published: the confirmed link is there and the talk page lists the writeup; the rejected one is not.
  await publish(page);
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto(`/writeups/${slug}`);
  await expect(page.locator(`.prose a[href='${DAY1}']`, { hasText: /^keynote$/ })).toHaveCount(2);
  await expect(page.locator(`.prose a[href='${SYSCALLS}']`)).toHaveCount(0);
  await page.goto(DAY1);
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  // Next time: a new save of the same writeup does not ask again…
  await page.goto(`/writeups/${slug}/edit`);
  await body(page).press("ControlOrMeta+End");
  await body(page).pressSequentially("\n\nOne more line.", { delay: 2 });
  await page.getByRole("button", { name: "Update" }).click();
  await expect(status(page)).toContainText(/^Saved \d/);
  await expect(page.locator(".suggestions > li", { hasText: "What Have Syscalls Done for you Lately?" })).toHaveCount(0);
  await page.context().close();

  // …and neither does another author's writeup with the same words.
  const other = await newUserPage(browser);
  await draft(other, unique("Second writeup"), "Then a talk by Liz Rice, as ever with live coding.");
  await other.getByRole("checkbox", { name: /DockerCon Europe 2017/ }).check();
  await other.getByRole("button", { name: "Save draft" }).click();
  await expect(status(other)).toContainText(/^Saved \d/);
  await expect(other.locator(".suggestions > li", { hasText: "What Have Syscalls Done for you Lately?" })).toHaveCount(0);
  await expect(other.getByTestId("preview").locator(`a[href='${SYSCALLS}']`)).toHaveCount(0);
  await other.context().close();
});
