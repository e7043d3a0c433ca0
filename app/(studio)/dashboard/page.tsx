import type { Metadata } from "next";
import Link from "next/link";
import { listAuthorWriteups } from "@/lib/server/repositories/studio";
import { DONE_MESSAGES, ERROR_MESSAGES, messageFor } from "@/components/editor/editor-messages";
import { DateTime } from "@/components/ui/time";
import { getDb } from "@/lib/server/db";
import { requireUser } from "@/lib/server/services/session";
import { TRASH_DAYS } from "@/lib/server/services/writeup-lifecycle";
import { publishWriteupAction, restoreWriteupAction, trashWriteupAction, unpublishWriteupAction } from "@/lib/server/actions/writeups";
import { writeupPath } from "@/lib/paths";

export const metadata: Metadata = { title: "Your writeups", robots: { index: false } };

type Props = { searchParams: Promise<{ done?: string | string[]; error?: string | string[]; id?: string | string[] }> };
type Row = Awaited<ReturnType<typeof listAuthorWriteups>>[number];

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

function daysLeft(deletedAt: Date, now: number): number {
  return Math.max(0, TRASH_DAYS - Math.floor((now - deletedAt.getTime()) / 86_400_000));
}

function Section({ id, title, rows, empty, children }: { id: string; title: string; rows: Row[]; empty: string; children: (row: Row) => React.ReactNode }) {
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

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser("/dashboard");
  const query = await searchParams;
  const rows = await listAuthorWriteups(getDb(), user.id);
  const drafts = rows.filter((r) => !r.deletedAt && r.status !== "published");
  const published = rows.filter((r) => !r.deletedAt && r.status === "published");
  const trash = rows.filter((r) => r.deletedAt);
  const done = messageFor(DONE_MESSAGES, query.done);
  const error = messageFor(ERROR_MESSAGES, query.error);
  const undoId = Array.isArray(query.id) ? query.id[0] : query.id;
  const undoable = query.done === "trashed" && undoId ? trash.find((r) => r.id === undoId) : undefined;
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
            {error ?? done} {undoable && <>“{undoable.title}” stays there for {TRASH_DAYS} days.</>}
          </p>
          {undoable && <LifecycleButton action={restoreWriteupAction} id={undoable.id} label="Undo" />}
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
              <LifecycleButton action={publishWriteupAction} id={row.id} label="Publish" />
              <LifecycleButton action={trashWriteupAction} id={row.id} label="Move to trash" />
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
              <LifecycleButton action={unpublishWriteupAction} id={row.id} label="Unpublish" />
              <LifecycleButton action={trashWriteupAction} id={row.id} label="Move to trash" />
            </div>
          </>
        )}
      </Section>

      <Section id="trash" title="Trash" rows={trash} empty="The trash is empty.">
        {(row) => {
          const left = row.deletedAt ? daysLeft(row.deletedAt, now) : TRASH_DAYS;
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
                <LifecycleButton action={restoreWriteupAction} id={row.id} label="Restore" secondary={false} />
              </div>
            </>
          );
        }}
      </Section>
    </div>
  );
}
