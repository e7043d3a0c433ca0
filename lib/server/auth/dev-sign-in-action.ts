"use server";
/**
 * The development sign-in: pick a name and an email, no password. Offered only
 * where lib/core/auth/dev-sign-in.ts allows it (no real sign-in method, a
 * loopback site URL and request host, HALLWAY_ENV not "production"), and this
 * action checks that rule again itself, so posting to it elsewhere does nothing.
 *
 * Why not Auth.js's Credentials provider: it only works with JWT sessions, and
 * Hallway keeps sessions in the database (several servers share them). So the
 * action does what Auth.js does after any successful sign-in: find or create
 * the user (through the same createUserAccount, so the first one is admin),
 * insert a Session row and set the same session cookie (dev-session.ts).
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/core/auth/callback-url";
import { getDb } from "@/lib/server/db";
import { authEnv } from "@/lib/server/env";
import { assertSameOrigin } from "@/lib/server/actions/origin";
import { clientIp } from "@/lib/server/services/rate-limit";
import { devSignInSchema } from "@/lib/validations/sign-in";
import { createSessionFor, devSignInAvailable } from "./dev-session";
import { createUserAccount, findUserByEmail } from "./provision-user";
import { limitSignInAttempt } from "./sign-in-limits";

export async function devSignIn(form: FormData): Promise<void> {
  await assertSameOrigin();
  if (!(await devSignInAvailable())) redirect("/signin?error=DevSignInUnavailable");
  const callbackUrl = safeCallbackPath(form.get("callbackUrl"));
  const parsed = devSignInSchema.safeParse({ name: form.get("name") ?? "", email: form.get("email") ?? "" });
  if (!parsed.success) redirect("/signin?error=DevSignInInvalid");
  const db = getDb();
  if (await limitSignInAttempt(db, { ip: clientIp(await headers()), provider: "dev" })) redirect("/signin?error=RateLimited");
  const user =
    (await findUserByEmail(db, parsed.data.email)) ??
    (await createUserAccount(db, { name: parsed.data.name, email: parsed.data.email }, { adminEmail: authEnv().adminEmail }));
  await createSessionFor(db, user.id);
  redirect(callbackUrl);
}
