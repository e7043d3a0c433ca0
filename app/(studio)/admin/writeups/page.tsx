import type { Metadata } from "next";
import Link from "next/link";
import { ADMIN_DONE, ADMIN_ERRORS } from "@/components/admin/admin-messages";
import { messageFor } from "@/components/editor/editor-messages";
import { Pager } from "@/components/ui/pager";
import { DateTime } from "@/components/ui/time";
import { listModerationWriteups } from "@/lib/server/repositories/admin";
import { getDb } from "@/lib/server/db";
import { moderateWriteupAction } from "@/lib/server/actions/admin";
import { requireRole } from "@/lib/server/services/session";
import { TRASH_DAYS } from "@/lib/server/services/writeup-lifecycle";
import { firstParam, parsePage } from "@/lib/validations/params";
import { authorPath, writeupPath } from "@/lib/paths";

export const metadata: Metadata = { title: "Moderate writeups", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function ModerateButton({ id, op, label, back, danger = false }: { id: string; op: string; label: string; back: string; danger?: boolean }) {
  return (
    <form action={moderateWriteupAction} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" className={`button button-small button-secondary${danger ? " button-danger" : ""}`}>
        {label}
      </button>
    </form>
  );
}

export default async function ModerateWriteupsPage({ searchParams }: Props) {
  await requireRole("organizer", "/admin/writeups");
  const query = await searchParams;
  const q = (firstParam(query.q) ?? "").slice(0, 100);
  const page = parsePage(query.page);
  const { rows, total, pages } = await listModerationWriteups(getDb(), page, q);
  const params: Record<string, string> = q ? { q } : {};
  const search = new URLSearchParams({ ...params, ...(page > 1 ? { page: String(page) } : {}) }).toString();
  const here = `/admin/writeups${search ? `?${search}` : ""}`;
  const done = messageFor(ADMIN_DONE, query.done);
  const failed = messageFor(ADMIN_ERRORS, query.error);
  const undoId = firstParam(query.done) === "trash" ? firstParam(query.id) : undefined;

  return (
    <>
      <header className="page-head">
        <h1>Moderate writeups</h1>
        <p className="lede">
          Unpublishing makes a writeup a draft again. The trash takes it down; it is deleted for good after {TRASH_DAYS} days unless its author restores it. Drafts and the
          trash stay private to their authors.
        </p>
      </header>
      {done && (
        <div className="notice notice-ok" role="status">
          <p>{done}</p>
          {undoId && <ModerateButton id={undoId} op="restore" label="Undo" back={here} />}
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
          <input id="admin-q" name="q" type="search" defaultValue={q} placeholder="Title, address or author’s username" maxLength={100} />
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
                <ModerateButton id={w.id} op="unpublish" label="Unpublish" back={here} />
                <ModerateButton id={w.id} op="trash" label="Take down" back={here} danger />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager base="/admin/writeups" page={page} pages={pages} params={params} />
    </>
  );
}
