import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Editor } from "@/components/editor/editor-client";
import { describeSuggestions, findSlugRedirect, findWriteupBySlug, listConferenceOptions } from "@/lib/server/repositories/studio";
import { openSuggestions } from "@/lib/server/services/writeup-mentions";
import { DONE_MESSAGES, ERROR_MESSAGES, messageFor } from "@/components/editor/editor-messages";
import { formatDayRange } from "@/lib/core/format/dates";
import { getDb } from "@/lib/server/db";
import { requireUser } from "@/lib/server/services/session";
import { loadForEditing, TRASH_DAYS, WriteupError } from "@/lib/server/services/writeup-lifecycle";
import {
  changeSlugAction,
  decideMentionAction,
  previewMarkdownAction,
  restoreWriteupAction,
  saveWriteupAction,
  trashWriteupAction,
} from "@/lib/server/actions/writeups";
import { writeupPath } from "@/lib/paths";
import { firstParam } from "@/lib/validations/params";

export const metadata: Metadata = { title: "Edit writeup", robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };


export default async function EditWriteupPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const user = await requireUser(`/writeups/${slug}/edit`);
  const db = getDb();

  const found = await findWriteupBySlug(db, slug);
  if (!found) {
    // A published writeup's old address: follow it, for its author only.
    const moved = await findSlugRedirect(db, slug);
    if (moved && moved.authorId === user.id) redirect(`/writeups/${moved.slug}/edit`);
    notFound();
  }
  let writeup;
  try {
    writeup = await loadForEditing(db, { id: user.id, role: user.role }, found.id);
  } catch (error) {
    // Someone else's writeup, draft or not, is simply not there for you.
    if (error instanceof WriteupError) notFound();
    throw error;
  }

  const conferences = writeup.conferences.map((c) => c.conference.slug);
  const done = messageFor(DONE_MESSAGES, query.done);
  const failed = messageFor(ERROR_MESSAGES, query.error);

  if (writeup.deletedAt) {
    const daysLeft = Math.max(0, TRASH_DAYS - Math.floor((Date.now() - writeup.deletedAt.getTime()) / 86_400_000));
    return (
      <div className="studio">
        <header className="page-head">
          <p className="eyebrow">In the trash</p>
          <h1>{writeup.title}</h1>
        </header>
        <div className="notice notice-error" role="status">
          <p>
            This writeup is in the trash and will be deleted for good in {daysLeft} {daysLeft === 1 ? "day" : "days"}. Restore it to edit it.
          </p>
          <form action={restoreWriteupAction} className="inline-form">
            <input type="hidden" name="id" value={writeup.id} />
            <input type="hidden" name="from" value="editor" />
            <button type="submit" className="button">
              Restore
            </button>
          </form>
        </div>
        <p>
          <Link href="/dashboard">Back to your writeups</Link>
        </p>
      </div>
    );
  }

  const [options, suggestions] = await Promise.all([listConferenceOptions(db, conferences), openSuggestions(db, writeup.id).then((s) => describeSuggestions(db, s))]);
  const slugError =
    firstParam(query.slugError) === "invalid" ? "Use lower-case letters, digits and single dashes, such as “my-dockercon-trip”." : messageFor(ERROR_MESSAGES, query.slugError);

  return (
    <div className="studio">
      <header className="page-head editor-head">
        <p className="eyebrow">
          <Link href="/dashboard">Your writeups</Link>
        </p>
        <h1>Edit writeup</h1>
      </header>
      {failed && (
        <p className="notice notice-error" role="alert">
          {failed}
        </p>
      )}
      <Editor
        writeup={{
          id: writeup.id,
          slug: writeup.slug,
          version: writeup.version,
          title: writeup.title,
          body: writeup.body,
          summary: writeup.summary ?? "",
          canonicalUrl: writeup.canonicalUrl ?? "",
          conferences,
          state: writeup.status === "published" ? "published" : "draft",
          publishedAt: writeup.publishedAt?.toISOString() ?? null,
          bodyHtml: writeup.bodyHtml,
        }}
        conferenceOptions={options.map((c) => ({ slug: c.slug, name: c.name, when: formatDayRange(c.startsOn) }))}
        suggestions={suggestions}
        notice={done}
        save={saveWriteupAction}
        decide={decideMentionAction}
        preview={previewMarkdownAction}
      />

      <section className="editor-manage" aria-labelledby="manage-heading">
        <h2 id="manage-heading">Address and trash</h2>
        <form action={changeSlugAction} className="form-card editor-slug">
          <input type="hidden" name="id" value={writeup.id} />
          <div className="field">
            <label htmlFor="slug">Address</label>
            <div className="input-prefix">
              <span aria-hidden="true">/writeups/</span>
              <input
                id="slug"
                name="slug"
                required
                maxLength={80}
                autoCapitalize="none"
                spellCheck={false}
                defaultValue={firstParam(query.wanted) ?? writeup.slug}
                aria-invalid={!!slugError}
                aria-describedby={slugError ? "slug-hint slug-error" : "slug-hint"}
              />
            </div>
            <p className="hint" id="slug-hint">
              {writeup.publishedAt
                ? "Made from the title and kept once published. If you change it, the old address redirects here."
                : "Made from the title while this is a draft; it stays put once published."}
            </p>
            {slugError && (
              <p className="field-error" id="slug-error">
                {slugError}
              </p>
            )}
          </div>
          <button type="submit" className="button button-secondary">
            Change address
          </button>
        </form>
        <form action={trashWriteupAction} className="editor-trash">
          <input type="hidden" name="id" value={writeup.id} />
          <button type="submit" className="button button-secondary button-danger">
            Move to trash
          </button>
          <span className="hint-inline">You can restore it for {TRASH_DAYS} days.</span>
        </form>
        {writeup.status === "published" && (
          <p>
            <Link href={writeupPath(writeup.slug)}>View the published writeup</Link>
          </p>
        )}
      </section>
    </div>
  );
}
