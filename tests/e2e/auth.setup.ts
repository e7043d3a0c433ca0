// Signs in once through the local OpenID Connect provider and saves the
// session (cookies) for the `auth` project's tests.
import { test as setup } from "@playwright/test";
import { SETUP_LOGIN, STORAGE_STATE } from "./support/ports";
import { signInWithOidc } from "./support/sign-in";

setup("sign in through the OIDC provider", async ({ page }) => {
  await signInWithOidc(page, SETUP_LOGIN);
  await page.context().storageState({ path: STORAGE_STATE });
});
