import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountView } from "@/components/auth/account-view";
import { saveProfileAction } from "@/lib/server/actions/profile";
import { requireUser } from "@/lib/server/auth/current-user";
import { getDb } from "@/lib/server/db";
import { getAccountProfile } from "@/lib/server/queries/account-profile";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const profile = await getAccountProfile(getDb(), user.id);
  if (!profile) notFound();
  return <AccountView profile={profile} role={user.role} save={saveProfileAction} />;
}
