import type { ComponentProps } from "react";
import Link from "next/link";
import { Editor } from "@/components/editor/editor-client";
import { ERROR_MESSAGES, messageFor } from "@/components/editor/editor-messages";
import { formatDayRange } from "@/lib/core/format/dates";
import type { EditWriteup, TrashedWriteup } from "@/lib/server/queries/studio-edit-writeup";
import { writeupPath } from "@/lib/paths";
import { firstParam } from "@/lib/validations/params";

type EditorProps = ComponentProps<typeof Editor>;
type FormAction = (form: FormData) => Promise<void>;

export interface TrashedWriteupViewProps {
  writeup: TrashedWriteup["writeup"];
  daysLeft: number;
  restore: FormAction;
}

/** A writeup in the trash: restore it before editing. */
export function TrashedWriteupView({ writeup, daysLeft, restore }: TrashedWriteupViewProps) {
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
        <form action={restore} className="inline-form">
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

export interface EditWriteupViewProps {
  data: Omit<EditWriteup, "kind">;
  /** From the query after a form post: what was done, what failed, and a refused address to show again. */
  notice: string | null;
  failed: string | null;
  slugError?: string | string[];
  wanted?: string;
  trashDays: number;
  actions: { save: EditorProps["save"]; decide: EditorProps["decide"]; preview: EditorProps["preview"]; changeSlug: FormAction; trash: FormAction };
}

/** The editor, then the writeup's address and the trash button. */
export function EditWriteupView({ data: { writeup, conferences, options, suggestions }, notice: done, failed, slugError: slugErrorCode, wanted, trashDays, actions }: EditWriteupViewProps) {
  const slugError =
    firstParam(slugErrorCode) === "invalid" ? "Use lower-case letters, digits and single dashes, such as “my-dockercon-trip”." : messageFor(ERROR_MESSAGES, slugErrorCode);

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
        save={actions.save}
        decide={actions.decide}
        preview={actions.preview}
      />

      <section className="editor-manage" aria-labelledby="manage-heading">
        <h2 id="manage-heading">Address and trash</h2>
        <form action={actions.changeSlug} className="form-card editor-slug">
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
                defaultValue={wanted ?? writeup.slug}
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
        <form action={actions.trash} className="editor-trash">
          <input type="hidden" name="id" value={writeup.id} />
          <button type="submit" className="button button-secondary button-danger">
            Move to trash
          </button>
          <span className="hint-inline">You can restore it for {trashDays} days.</span>
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
