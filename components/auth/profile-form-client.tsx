"use client";
/**
 * The profile form: the one interactive island of the account page. It uses
 * useActionState, so without JavaScript the browser posts the form, the server
 * runs the action and renders this page again with the result: errors next to
 * their fields, and what was typed still in them.
 */
import { useActionState } from "react";
import Link from "next/link";
import type { ActionResult } from "@/lib/server/actions/safe-action";
import type { Profile, ProfileLimits } from "@/lib/validations/profile";

type Result = ActionResult<{ username: string }>;

interface Props {
  action: (previous: Result | null, form: FormData) => Promise<Result>;
  profile: Profile;
  limits: ProfileLimits;
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p className="field-error" id={id}>
      {errors.join(" ")}
    </p>
  );
}

export function ProfileForm({ action, profile, limits }: Props) {
  const maxLinks = limits.links;
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  // After a failed save show what was submitted, not what is stored.
  const value = (name: string, saved: string) => failed?.values?.[name] ?? saved;
  const rows = Math.min(maxLinks, Math.max(profile.links.length + 1, 2));
  const describedBy = (name: string, hint?: string) => [hint, errors[name] ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form action={formAction} className="form-card profile-form" noValidate>
      {state?.ok && (
        <p className="notice notice-ok" role="status">
          Saved. See your <Link href={`/authors/${state.data.username}`}>author page</Link>.
        </p>
      )}
      {failed && (
        <p className="notice notice-error" role="alert">
          {failed.error}
        </p>
      )}

      <div className="field">
        <label htmlFor="name">Display name</label>
        <input
          id="name"
          name="name"
          required
          maxLength={limits.name}
          autoComplete="name"
          defaultValue={value("name", profile.name)}
          aria-invalid={!!errors.name}
          aria-describedby={describedBy("name")}
        />
        <FieldError id="name-error" errors={errors.name} />
      </div>

      <div className="field">
        <label htmlFor="username">Username</label>
        <div className="input-prefix">
          <span aria-hidden="true">/authors/</span>
          <input
            id="username"
            name="username"
            required
            maxLength={limits.username}
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={value("username", profile.username)}
            aria-invalid={!!errors.username}
            aria-describedby={describedBy("username", "username-hint")}
          />
        </div>
        <p className="hint" id="username-hint">
          Lower-case letters, digits and dashes. Changing it changes your author page’s address.
        </p>
        <FieldError id="username-error" errors={errors.username} />
      </div>

      <div className="field">
        <label htmlFor="bio">Short bio</label>
        <textarea
          id="bio"
          name="bio"
          rows={3}
          maxLength={limits.bio}
          defaultValue={value("bio", profile.bio)}
          aria-invalid={!!errors.bio}
          aria-describedby={describedBy("bio", "bio-hint")}
        />
        <p className="hint" id="bio-hint">
          One or two sentences, up to {limits.bio} characters.
        </p>
        <FieldError id="bio-error" errors={errors.bio} />
      </div>

      <fieldset className="link-rows">
        <legend>Links</legend>
        <p className="hint">Your site, Mastodon, GitHub… Leave a row empty to remove it.</p>
        <FieldError id="links-error" errors={errors.links} />
        {Array.from({ length: rows }, (_, i) => {
          const saved = profile.links[i];
          const label = `links.${i}.label`;
          const url = `links.${i}.url`;
          return (
            <div className="link-row" key={i}>
              <div className="field">
                <label htmlFor={label}>Label {i + 1}</label>
                <input
                  id={label}
                  name={label}
                  maxLength={limits.linkLabel}
                  placeholder="Website"
                  defaultValue={value(label, saved?.label ?? "")}
                  aria-invalid={!!errors[label]}
                  aria-describedby={describedBy(label)}
                />
                <FieldError id={`${label}-error`} errors={errors[label]} />
              </div>
              <div className="field">
                <label htmlFor={url}>URL {i + 1}</label>
                <input
                  id={url}
                  name={url}
                  type="url"
                  inputMode="url"
                  maxLength={limits.linkUrl}
                  placeholder="https://"
                  defaultValue={value(url, saved?.url ?? "")}
                  aria-invalid={!!errors[url]}
                  aria-describedby={describedBy(url)}
                />
                <FieldError id={`${url}-error`} errors={errors[url]} />
              </div>
            </div>
          );
        })}
      </fieldset>

      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}
