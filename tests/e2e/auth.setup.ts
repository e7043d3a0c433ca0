// Signs in once through the local OpenID Connect provider and saves the
// session (cookies) for the `auth` project's tests.
import { expect, test as setup } from "@playwright/test";
import { SETUP_LOGIN, STORAGE_STATE } from "./support/ports";
import { displayNameFor, signInWithOidc } from "./support/sign-in";

setup("sign in through the OIDC provider", async ({ page }) => {
  await signInWithOidc(page, SETUP_LOGIN);
  // Reader pages are cached and the same for everyone: the header's island says who is signed in.
  await page.goto("/speakers/diogo-monica");
  await expect(page.getByRole("banner").getByRole("link", { name: displayNameFor(SETUP_LOGIN) })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Your writeups" })).toBeVisible();
  await page.context().storageState({ path: STORAGE_STATE });
});
