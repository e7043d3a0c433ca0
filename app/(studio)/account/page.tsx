import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProfileForm } from "@/components/auth/profile-form-client";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getDb } from "@/lib/server/db";
import { requireUser } from "@/lib/server/services/session";
import { getProfile } from "@/lib/server/services/users";
import { saveProfileAction } from "@/lib/server/actions/profile";
import { MAX_LINKS } from "@/lib/validations/profile";
import { authorPath } from "@/lib/paths";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const ROLE_LABELS: Record<string, string> = {
  reader: "Reader",
  author: "Author — you can write up conferences",
  organizer: "Organizer — you also manage conferences, imports, speakers and moderation",
  admin: "Admin — you can manage everything, including roles",
};

export default async function AccountPage() {
  const user = await requireUser("/account");
  const profile = await getProfile(getDb(), user.id);
  if (!profile) notFound();
  return (
    <div className="account">
      <header className="page-head">
        <p className="eyebrow">Your account</p>
        <h1>Profile</h1>
        <p className="lede">
          This is what readers see on your author page
          {profile.username && (
            <>
              , <Link href={authorPath(profile.username)}>{authorPath(profile.username)}</Link>
            </>
          )}
          .
        </p>
      </header>
      <div className="columns">
        <ProfileForm action={saveProfileAction} profile={profile} maxLinks={MAX_LINKS} />
        <aside className="aside" aria-labelledby="account-facts">
          <h2 id="account-facts">Account</h2>
          <dl className="facts facts-compact">
            <dt>Email</dt>
            <dd>{profile.email ?? "—"}</dd>
            <dt>Role</dt>
            <dd>{ROLE_LABELS[user.role] ?? user.role}</dd>
          </dl>
          <SignOutButton className="button button-secondary" />
        </aside>
      </div>
    </div>
  );
}
