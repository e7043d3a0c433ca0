import Link from "next/link";
import { DONE_MESSAGES, ERROR_MESSAGES, messageFor } from "@/components/editor/editor-messages";
import { DateTime } from "@/components/ui/time";
import type { AuthorWriteupRow } from "@/lib/server/queries/studio-dashboard";
import { writeupPath } from "@/lib/paths";

type FormAction = (form: FormData) => Promise<void>;

const editPath = (slug: string) => `/writeups/${slug}/edit`;

function LifecycleButton({ action, id, label, secondary = true }: { action: (form: FormData) => Promise<void>; id: string; label: string; secondary?: boolean }) {
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={`button button-small${secondary ? " button-secondary" : ""}`}>
        {label}
      </button>
    </form>
  );
}

function daysLeft(deletedAt: Date, now: number, trashDays: number): number {
  return Math.max(0, trashDays - Math.floor((now - deletedAt.getTime()) / 86_400_000));
}

function Section({ id, title, rows, empty, children }: { id: string; title: string; rows: AuthorWriteupRow[]; empty: string; children: (row: AuthorWriteupRow) => React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="dash-section">
      <h2 id={id}>
        {title} <span className="badge">{rows.length}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="stack dash-list">
          {rows.map((row) => (
            <li key={row.id} className="card dash-row">
              {children(row)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export interface DashboardViewProps {
  drafts: AuthorWriteupRow[];
  published: AuthorWriteupRow[];
  trash: AuthorWriteupRow[];
  /** From the query after a form post: ?done=…, ?error=…, and the writeup to offer Undo for. */
  done?: string | string[];
  error?: string | string[];
  id?: string | string[];
  trashDays: number;
  actions: { publish: FormAction; unpublish: FormAction; trash: FormAction; restore: FormAction };
}

/** /dashboard: the author's drafts, published writeups and trash. */
export function DashboardView({ drafts, published, trash, done: doneCode, error: errorCode, id, trashDays, actions }: DashboardViewProps) {
  const done = messageFor(DONE_MESSAGES, doneCode);
  const error = messageFor(ERROR_MESSAGES, errorCode);
  const undoId = Array.isArray(id) ? id[0] : id;
  const undoable = doneCode === "trashed" && undoId ? trash.find((r) => r.id === undoId) : undefined;
  // A request-time clock for "days left": the page is rendered per request.
  const now = new Date().getTime();

  return (
    <div className="studio dashboard">
      <header className="page-head dash-head">
        <div>
          <p className="eyebrow">Studio</p>
          <h1>Your writeups</h1>
        </div>
        <div className="dash-tools">
          <Link href="/write" className="button">
            New writeup
          </Link>
          <a href="/dashboard/export" className="button button-secondary" download>
            Export all (zip)
          </a>
        </div>
      </header>

      {(done || error) && (
        <div className={`notice ${error ? "notice-error" : "notice-ok"} dash-notice`} role={error ? "alert" : "status"}>
          <p>
            {error ?? done} {undoable && <>“{undoable.title}” stays there for {trashDays} days.</>}
          </p>
          {undoable && <LifecycleButton action={actions.restore} id={undoable.id} label="Undo" />}
        </div>
      )}

      <Section id="drafts" title="Drafts" rows={drafts} empty="No drafts. Start one from a conference programme.">
        {(row) => (
          <>
            <h3>
              <Link href={editPath(row.slug)}>{row.title}</Link>
            </h3>
            <p className="meta">
              <span>
                Last saved <DateTime date={row.updatedAt} />
              </span>
              {row.publishedAt && <span>was published before</span>}
            </p>
            <div className="dash-actions">
              <Link href={editPath(row.slug)} className="button button-small">
                Edit<span className="visually-hidden"> “{row.title}”</span>
              </Link>
              <LifecycleButton action={actions.publish} id={row.id} label="Publish" />
              <LifecycleButton action={actions.trash} id={row.id} label="Move to trash" />
            </div>
          </>
        )}
      </Section>

      <Section id="published" title="Published" rows={published} empty="Nothing published yet.">
        {(row) => (
          <>
            <h3>
              <Link href={writeupPath(row.slug)}>{row.title}</Link>
            </h3>
            <p className="meta">
              {row.publishedAt && (
                <span>
                  Published <DateTime date={row.publishedAt} />
                </span>
              )}
              <span>{writeupPath(row.slug)}</span>
            </p>
            <div className="dash-actions">
              <Link href={editPath(row.slug)} className="button button-small">
                Edit<span className="visually-hidden"> “{row.title}”</span>
              </Link>
              <LifecycleButton action={actions.unpublish} id={row.id} label="Unpublish" />
              <LifecycleButton action={actions.trash} id={row.id} label="Move to trash" />
            </div>
          </>
        )}
      </Section>

      <Section id="trash" title="Trash" rows={trash} empty="The trash is empty.">
        {(row) => {
          const left = row.deletedAt ? daysLeft(row.deletedAt, now, trashDays) : trashDays;
          return (
            <>
              <h3>{row.title}</h3>
              <p className="meta">
                <span>
                  Deleted for good in {left} {left === 1 ? "day" : "days"}
                </span>
                <span>was {row.status === "published" ? "published" : "a draft"}</span>
              </p>
              <div className="dash-actions">
                <LifecycleButton action={actions.restore} id={row.id} label="Restore" secondary={false} />
              </div>
            </>
          );
        }}
      </Section>
    </div>
  );
}
