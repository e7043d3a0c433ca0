/**
 * What the sign-in page offers: the configured providers (buttons and email),
 * whether the development sign-in is allowed for this request, and who is
 * signed in already.
 */
import { currentUser } from "@/lib/server/auth/current-user";
import { signInProviders } from "@/lib/server/auth/auth";
import { devSignInAvailable } from "@/lib/server/auth/dev-session";

export async function getSignInOptions() {
  const [user, dev] = await Promise.all([currentUser(), devSignInAvailable()]);
  return {
    user,
    buttons: signInProviders.filter((p) => p.type !== "email"),
    email: signInProviders.some((p) => p.type === "email"),
    dev,
  };
}
