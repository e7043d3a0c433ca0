/**
 * Sign-in and accounts, through the real flows: the local OIDC provider and
 * SMTP sink started by playwright.config.ts. Tests in this file start signed
 * in as the setup project's user unless they say otherwise.
 */
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { SETUP_LOGIN, baseURL, devBaseURL } from "./support/ports";
import { displayNameFor, latestMagicLink, messagesTo, signInWithOidc } from "./support/sign-in";

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const signedOut = { storageState: { cookies: [], origins: [] } };
const SESSION_COOKIE = "authjs.session-token";

async function newSignedOutPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ ...signedOut, baseURL, ...options });
  return context.newPage();
}

test.describe("signed out", () => {
  test.use(signedOut);

  test("sign in with OpenID Connect, end to end, and sign out again", async ({ page, context }) => {
    const login = unique("oidc-walker");
    await signInWithOidc(page, login);
    await expect(page).toHaveURL(`${baseURL}/`);

    const session = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(session, "a session cookie").toBeTruthy();

    await page.getByRole("banner").getByRole("link", { name: displayNameFor(login) }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profile");
    await expect(page.locator(".facts")).toContainText(`${login}@example.test`);

    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    expect((await context.cookies()).find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    // The session is gone from the server too: the old cookie no longer works.
    await context.addCookies([session!]);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);
  });

  test("sign in with an emailed magic link, through the SMTP sink", async ({ page }) => {
    const email = `${unique("magic")}@example.test`;
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(email);
    const sent = new Date();
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/signin\/check-email/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");

    const link = await latestMagicLink(email, sent);
    const [message] = await messagesTo(email);
    expect(message?.subject).toMatch(/^Sign in to Hallway/);
    expect(message?.from).toContain("no-reply@hallway.test");
    expect(link.startsWith(`${baseURL}/api/auth/callback/email?`)).toBe(true);

    await page.goto(link);
    const username = email.split("@")[0]!;
    await expect(page.getByRole("banner").getByRole("link", { name: username })).toBeVisible();
    await page.goto("/account");
    await expect(page.locator(".facts")).toContainText(email);
    await expect(page.getByLabel("Username")).toHaveValue(username);

    // A link works once.
    await page.context().clearCookies();
    await page.goto(link);
    await expect(page).toHaveURL(/\/signin\?error=Verification/);
    await expect(page.locator(".notice-error")).toContainText("expired or was already used");
  });

  test("with providers configured, the sign-in page offers them and no development sign-in", async ({ page }) => {
    await page.goto("/signin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Hallway");
    await expect(page.getByRole("button", { name: "Continue with Test Identity" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Email me a sign-in link" })).toBeVisible();
    await expect(page.getByText(/development sign-in/i)).toHaveCount(0);
    await expect(page.getByRole("button", { name: /for development/i })).toHaveCount(0);
  });

  test("magic-link requests are rate-limited per address, with a clear message", async ({ page }) => {
    const email = `${unique("limited")}@example.test`;
    const request = async () => {
      await page.goto("/signin");
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      await page.waitForURL((url) => url.pathname !== "/signin" || url.searchParams.has("error"));
    };
    for (let i = 0; i < 5; i++) {
      await request();
      await expect(page).toHaveURL(/\/signin\/check-email/);
    }
    await request();
    await expect(page).toHaveURL(/\/signin\?error=RateLimited/);
    await expect(page.locator(".notice-error")).toContainText(/Too many sign-in attempts\. .* try again in \d+ minutes?\./);
    await expect.poll(async () => (await messagesTo(email)).length).toBe(5);
  });

  test("the development sign-in, on a local site with no provider configured", async ({ page, context }) => {
    await page.goto(`${devBaseURL}/signin`);
    const dev = page.getByRole("region", { name: "Development sign-in" });
    await expect(dev).toBeVisible();
    await expect(dev).toContainText("For local development only");
    await expect(page.getByRole("button", { name: /^Continue with/ })).toHaveCount(0);
    await dev.getByLabel("Display name").fill("Dev Person");
    await dev.getByLabel("Email").fill("dev.person@example.test");
    await dev.getByRole("button", { name: "Sign in for development" }).click();
    await expect(page).toHaveURL(`${devBaseURL}/`);
    await page.getByRole("banner").getByRole("link", { name: "Dev Person" }).click();
    // The first person to sign up on this site (the demo authors never did) is its admin.
    await expect(page.locator(".facts")).toContainText("Admin");
    const cookie = (await context.cookies(devBaseURL)).find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
  });
});

test("the session cookie is httpOnly and SameSite=Lax", async ({ context, page }) => {
  const cookie = (await context.cookies(baseURL)).find((c) => c.name === SESSION_COOKIE);
  expect(cookie, "the setup project's session cookie").toBeTruthy();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe("Lax");
  expect(cookie!.path).toBe("/");
  // Scripts in the page can't read it.
  await page.goto("/");
  expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
});

test("edit the profile, see it on the author page", async ({ page }) => {
  const username = unique("writer");
  await page.goto("/account");
  await expect(page.locator(".facts")).toContainText(`${SETUP_LOGIN}@example.test`);

  // A mistake is shown next to its field, and what was typed stays.
  await page.getByLabel("Username").fill("Not A Username!");
  await page.getByLabel("Short bio").fill("Goes to every DevOpsDays.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator("#username-error")).toContainText("Use lower-case letters");
  await expect(page.getByLabel("Username")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Short bio")).toHaveValue("Goes to every DevOpsDays.");

  await page.getByLabel("Display name").fill("Erin Example");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Label 1").fill("Website");
  await page.getByLabel("URL 1").fill("https://erin.example/");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  await expect(page.getByRole("banner").getByRole("link", { name: "Erin Example" })).toBeVisible();

  await page.getByRole("status").getByRole("link", { name: "author page" }).click();
  await expect(page).toHaveURL(`${baseURL}/authors/${username}`);
  const card = page.locator(".h-card");
  await expect(card.locator(".p-name")).toHaveText("Erin Example");
  await expect(card.locator(".p-note")).toHaveText("Goes to every DevOpsDays.");
  await expect(card.getByRole("link", { name: "Website" })).toHaveAttribute("href", "https://erin.example/");
  await expect(card.getByRole("link", { name: "Website" })).toHaveAttribute("rel", /\bme\b/);
  await expect(page.locator(".empty-state")).toContainText("No published writeups yet");

  // Reload: it was saved, not just shown.
  await page.goto("/account");
  await expect(page.getByLabel("Username")).toHaveValue(username);
  await expect(page.getByLabel("URL 1")).toHaveValue("https://erin.example/");
});

test("the profile form works without JavaScript", async ({ browser }) => {
  const page = await newSignedOutPage(browser, { javaScriptEnabled: false });
  const login = unique("no-js");
  await signInWithOidc(page, login);
  await page.goto("/account");
  await page.getByLabel("URL 1").fill("not a url");
  await page.getByLabel("Label 1").fill("Blog");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator('[id="links.0.url-error"]')).toContainText("full web address");
  await expect(page.getByLabel("Label 1")).toHaveValue("Blog");

  await page.getByLabel("URL 1").fill("https://blog.example/");
  await page.getByLabel("Short bio").fill("No scripts needed.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  await page.goto(`/authors/${login}`);
  await expect(page.locator(".h-card .p-note")).toHaveText("No scripts needed.");
  await page.context().close();
});

test("a reader sees an author's published writeups on their page", async ({ page }) => {
  await page.goto("/writeups/notes-from-container-camp-sydney");
  await page.locator(".byline").getByRole("link", { name: "Tom Okafor" }).click();
  await expect(page).toHaveURL(/\/authors\/tom$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tom Okafor");
  // Tom wrote two of the demo writeups, one for each conference.
  await expect(page.locator("article.card")).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Container Camp AU 2017: notes from Sydney" })).toBeVisible();
  await expect(page.getByRole("link", { name: "DockerCon EU day two: the enterprise day" })).toBeVisible();
  expect((await page.goto("/authors/tom?page=2"))?.status()).toBe(404);
  expect((await page.goto("/authors/nobody-by-that-name"))?.status()).toBe(404);
});

test("a cross-origin POST to a server action is refused", async ({ browser }) => {
  // Without JavaScript the profile form is a plain multipart POST to the page,
  // which is exactly what a forged cross-site form would send.
  const page = await newSignedOutPage(browser, { javaScriptEnabled: false });
  await signInWithOidc(page, unique("csrf-target"));
  await page.goto("/account");
  const form = page.locator("form.profile-form");
  const fields: Record<string, string> = {};
  for (const input of await form.locator("input[name], textarea[name]").all()) {
    const name = (await input.getAttribute("name"))!;
    fields[name] = name.startsWith("$ACTION") ? ((await input.getAttribute("value")) ?? "") : await input.inputValue();
  }
  expect(Object.keys(fields).some((k) => k.startsWith("$ACTION")), "the form's action fields").toBe(true);
  const post = (bio: string, headers: Record<string, string>) =>
    page.request.post("/account", { multipart: { ...fields, bio }, headers, maxRedirects: 0 });
  const bio = async () => {
    await page.goto("/account");
    return page.getByLabel("Short bio").inputValue();
  };

  const forged = await post("Forged from another site", { Origin: "http://evil.example" });
  expect(forged.ok()).toBe(false);
  const noOrigin = await post("Forged without an Origin", {});
  expect(noOrigin.ok()).toBe(false);
  expect(await bio()).toBe("");

  // The same request from the site itself goes through, so the refusals above
  // were about the origin and nothing else.
  const genuine = await post("Written here", { Origin: baseURL });
  expect(genuine.ok()).toBe(true);
  expect(await bio()).toBe("Written here");
  await page.context().close();
});
