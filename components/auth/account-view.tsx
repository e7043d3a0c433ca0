import Link from "next/link";
import { ProfileForm } from "@/components/auth/profile-form-client";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { ActionResult } from "@/lib/server/actions/safe-action";
import { PROFILE_LIMITS, type Profile } from "@/lib/validations/profile";
import { authorPath } from "@/lib/paths";

const ROLE_LABELS: Record<string, string> = {
  reader: "Reader",
  author: "Author — you can write up conferences",
  organizer: "Organizer — you also manage conferences, imports, speakers and moderation",
  admin: "Admin — you can manage everything, including roles",
};

export interface AccountViewProps {
  profile: Profile;
  role: string;
  save: (previous: ActionResult<{ username: string }> | null, form: FormData) => Promise<ActionResult<{ username: string }>>;
}

/** /account: the public profile form, and the account's email and role. */
export function AccountView({ profile, role, save }: AccountViewProps) {
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
        <ProfileForm action={save} profile={profile} limits={PROFILE_LIMITS} />
        <aside className="aside" aria-labelledby="account-facts">
          <h2 id="account-facts">Account</h2>
          <dl className="facts facts-compact">
            <dt>Email</dt>
            <dd>{profile.email ?? "—"}</dd>
            <dt>Role</dt>
            <dd>{ROLE_LABELS[role] ?? role}</dd>
          </dl>
          <SignOutButton className="button button-secondary" />
        </aside>
      </div>
    </div>
  );
}
