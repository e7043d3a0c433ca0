import Link from "next/link";
import { ADMIN_DONE, ADMIN_ERRORS } from "@/components/admin/admin-messages";
import { messageFor } from "@/components/editor/editor-messages";
import { Pager } from "@/components/ui/pager";
import { DateTime } from "@/components/ui/time";
import type { ModerationRow } from "@/lib/server/queries/admin-lists";
import { adminListPath, ADMIN_QUERY_MAX } from "@/lib/validations/admin";
import { firstParam } from "@/lib/validations/params";
import { authorPath, writeupPath } from "@/lib/paths";

function ModerateButton({ action, id, op, label, back, danger = false }: { action: (form: FormData) => Promise<void>; id: string; op: string; label: string; back: string; danger?: boolean }) {
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" className={`button button-small button-secondary${danger ? " button-danger" : ""}`}>
        {label}
      </button>
    </form>
  );
}

export interface ModerationViewProps {
  list: { rows: ModerationRow[]; total: number; pages: number };
  q: string;
  page: number;
  done?: string | string[];
  error?: string | string[];
  /** The writeup just taken down, offered an Undo. */
  id?: string | string[];
  trashDays: number;
  moderate: (form: FormData) => Promise<void>;
}

/** /admin/writeups: published writeups, to unpublish or take down. */
export function ModerationView({ list: { rows, total, pages }, q, page, done: doneCode, error, id, trashDays, moderate }: ModerationViewProps) {
  const params: Record<string, string> = q ? { q } : {};
  const here = adminListPath("/admin/writeups", { q, page });
  const done = messageFor(ADMIN_DONE, doneCode);
  const failed = messageFor(ADMIN_ERRORS, error);
  const undoId = firstParam(doneCode) === "trash" ? firstParam(id) : undefined;

  return (
    <>
      <header className="page-head">
        <h1>Moderate writeups</h1>
        <p className="lede">
          Unpublishing makes a writeup a draft again. The trash takes it down; it is deleted for good after {trashDays} days unless its author restores it. Drafts and the
          trash stay private to their authors.
        </p>
      </header>
      {done && (
        <div className="notice notice-ok" role="status">
          <p>{done}</p>
          {undoId && <ModerateButton action={moderate} id={undoId} op="restore" label="Undo" back={here} />}
        </div>
      )}
      {failed && (
        <p className="notice notice-error" role="alert">
          {failed}
        </p>
      )}
      <form method="get" action="/admin/writeups" className="admin-search" role="search">
        <label htmlFor="admin-q">Find published writeups</label>
        <div className="admin-search-row">
          <input id="admin-q" name="q" type="search" defaultValue={q} placeholder="Title, address or author’s username" maxLength={ADMIN_QUERY_MAX} />
          <button type="submit" className="button button-small">
            Find
          </button>
        </div>
      </form>
      <p className="meta">
        {total.toLocaleString("en")} published{q ? ` matching “${q}”` : ""}
      </p>
      {rows.length === 0 ? (
        <p className="empty">No published writeups{q ? " match" : " yet"}.</p>
      ) : (
        <ul className="stack dash-list">
          {rows.map((w) => (
            <li key={w.id} className="card dash-row">
              <h2>
                <Link href={writeupPath(w.slug)}>{w.title}</Link>
              </h2>
              <p className="meta">
                by {w.author.username ? <Link href={authorPath(w.author.username)}>{w.author.name || w.author.username}</Link> : (w.author.name ?? "someone")}
                {w.publishedAt && (
                  <>
                    {" "}
                    · <DateTime date={w.publishedAt} />
                  </>
                )}
              </p>
              {w.excerpt && <p className="excerpt">{w.excerpt}</p>}
              <div className="dash-actions">
                <ModerateButton action={moderate} id={w.id} op="unpublish" label="Unpublish" back={here} />
                <ModerateButton action={moderate} id={w.id} op="trash" label="Take down" back={here} danger />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager base="/admin/writeups" page={page} pages={pages} params={params} />
    </>
  );
}
