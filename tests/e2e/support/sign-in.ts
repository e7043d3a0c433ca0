/** Signing in from the browser tests, through the real flows. */
import { expect, type Page } from "@playwright/test";
import { mailboxURL, oidcIssuer } from "./ports";
import type { SunkMessage } from "./smtp-sink";

/** "jane-doe" → "Jane Doe": the display name the local OIDC provider gives a login. */
export const displayNameFor = (login: string) =>
  login
    .split("-")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(" ");

/**
 * Signs in with the local OIDC provider's development login (any login and
 * password), starting from the app's sign-in page. Works with or without
 * JavaScript: every step is a plain form.
 */
export async function signInWithOidc(page: Page, login: string, appBase = "") {
  await page.goto(`${appBase}/signin`);
  await page.getByRole("button", { name: "Continue with Test Identity" }).click();
  await page.waitForURL((url) => url.href.startsWith(oidcIssuer));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password will do");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // The consent page, on the first sign-in of each browser context.
  const consent = page.getByRole("button", { name: "Continue" });
  await page.waitForURL((url) => !url.href.startsWith(oidcIssuer) || url.pathname.includes("/interaction/"));
  if (page.url().startsWith(oidcIssuer) && (await consent.count()) > 0) await consent.click();
  await page.waitForURL((url) => !url.href.startsWith(oidcIssuer));
  // The account page's header is rendered for the signed-in visitor, with or
  // without JavaScript (on cached reader pages it is an island: auth.setup.ts
  // checks that). Then back to where the sign-in landed.
  const landed = page.url();
  await page.goto(`${appBase}/account`);
  await expect(page.getByRole("banner").getByRole("link", { name: displayNameFor(login) })).toBeVisible();
  await page.goto(landed);
}

/** The newest sign-in link the SMTP sink received for `email`, waiting for it to arrive. */
export async function latestMagicLink(email: string, after = new Date(0)): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${mailboxURL}/messages?to=${encodeURIComponent(email)}`);
        const messages = (await response.json()) as SunkMessage[];
        const fresh = messages.find((m) => new Date(m.receivedAt) >= after);
        link = fresh?.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/)?.[0];
        return link;
      },
      { message: `a sign-in email to ${email}`, timeout: 15_000 },
    )
    .toBeTruthy();
  return link!;
}

export async function messagesTo(email: string): Promise<SunkMessage[]> {
  return (await (await fetch(`${mailboxURL}/messages?to=${encodeURIComponent(email)}`)).json()) as SunkMessage[];
}
