import type { Metadata } from "next";
import { SignInView } from "@/components/auth/sign-in-view";
import { safeCallbackPath } from "@/lib/core/auth/callback-url";
import { getSignInOptions } from "@/lib/server/queries/sign-in-page";
import { firstParam } from "@/lib/validations/params";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const { user, buttons, email, dev } = await getSignInOptions();
  return (
    <SignInView
      buttons={buttons}
      emailSignIn={email}
      dev={dev}
      user={user}
      callbackUrl={safeCallbackPath(firstParam(params.callbackUrl))}
      error={firstParam(params.error)}
      retry={firstParam(params.retry)}
      email={firstParam(params.email)}
    />
  );
}
