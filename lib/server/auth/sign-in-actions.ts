"use server";
/**
 * The sign-in page's forms. Each is a plain form POST to a server action, so
 * sign-in works without JavaScript. They check the origin, count the attempt
 * against the rate limits, then hand over to Auth.js. Failures come back to
 * /signin?error=…, where the page explains them.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { safeCallbackPath } from "@/lib/core/auth/callback-url";
import { getDb } from "@/lib/server/db";
import { assertSameOrigin } from "@/lib/server/actions/origin";
import { clientIp } from "@/lib/server/services/rate-limit";
import { EMAIL_MAX, signInEmailSchema } from "@/lib/validations/sign-in";
import { signIn, signInProviders, signOut } from "./auth";
import { limitSignInAttempt } from "./sign-in-limits";

function errorPath(error: string, extra: Record<string, string> = {}, callbackUrl = "/"): string {
  const params = new URLSearchParams({ error, ...extra });
  if (callbackUrl !== "/") params.set("callbackUrl", callbackUrl);
  return `/signin?${params}`;
}

/** Counts the attempt; redirects back with RateLimited when over a limit. */
async function checkLimits(provider: string, callbackUrl: string, email?: string): Promise<void> {
  const limited = await limitSignInAttempt(getDb(), { ip: clientIp(await headers()), provider, email });
  if (limited) redirect(errorPath("RateLimited", { retry: String(Math.max(1, Math.ceil(limited.retryAfterMs / 60_000))) }, callbackUrl));
}

/** Runs Auth.js's signIn and returns where to go next, or an error path. */
async function startSignIn(provider: string, options: Record<string, string>, callbackUrl: string): Promise<string> {
  try {
    return await signIn(provider, { ...options, redirectTo: callbackUrl, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return errorPath(provider === "email" ? "EmailSignin" : error.type, {}, callbackUrl);
    throw error;
  }
}

export async function signInWithProvider(form: FormData): Promise<void> {
  await assertSameOrigin();
  const callbackUrl = safeCallbackPath(form.get("callbackUrl"));
  const provider = String(form.get("provider") ?? "");
  const known = signInProviders.find((p) => p.id === provider && p.type !== "email");
  if (!known) redirect(errorPath("UnknownProvider", {}, callbackUrl));
  await checkLimits(provider, callbackUrl);
  redirect(await startSignIn(provider, {}, callbackUrl));
}

export async function signInWithEmail(form: FormData): Promise<void> {
  await assertSameOrigin();
  const callbackUrl = safeCallbackPath(form.get("callbackUrl"));
  if (!signInProviders.some((p) => p.id === "email")) redirect(errorPath("UnknownProvider", {}, callbackUrl));
  const email = signInEmailSchema.safeParse(form.get("email") ?? "");
  if (!email.success) redirect(errorPath("EmailInvalid", { email: String(form.get("email") ?? "").slice(0, EMAIL_MAX) }, callbackUrl));
  await checkLimits("email", callbackUrl, email.data);
  const next = await startSignIn("email", { email: email.data }, callbackUrl);
  // Auth.js answers with its own /api/auth/verify-request, which only redirects
  // to our page; go there directly (a client-side navigation can't follow a
  // route handler's redirect to a page).
  redirect(new URL(next, "http://x").pathname.endsWith("/verify-request") ? "/signin/check-email" : next);
}

export async function signOutAction(): Promise<void> {
  await assertSameOrigin();
  await signOut({ redirectTo: "/" });
}
