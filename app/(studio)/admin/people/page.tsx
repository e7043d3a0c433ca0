import type { Metadata } from "next";
import Link from "next/link";
import { ADMIN_DONE, ADMIN_ERRORS } from "@/components/admin/admin-messages";
import { messageFor } from "@/components/editor/editor-messages";
import { Pager } from "@/components/ui/pager";
import { DateTime } from "@/components/ui/time";
import { hasRole, ROLES } from "@/lib/core/auth/roles";
import { listPeople } from "@/lib/server/repositories/admin";
import { getDb } from "@/lib/server/db";
import { setRoleAction } from "@/lib/server/actions/admin";
import { requireRole } from "@/lib/server/services/session";
import { firstParam, parsePage } from "@/lib/validations/params";
import { authorPath } from "@/lib/paths";

export const metadata: Metadata = { title: "People", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ROLE_HELP: Record<string, string> = {
  reader: "reader: can sign in and read, not write",
  author: "author: writes and publishes their own writeups",
  organizer: "organizer: also moderates, imports programmes and merges speakers",
  admin: "admin: everything, including roles",
};

export default async function PeoplePage({ searchParams }: Props) {
  const me = await requireRole("organizer", "/admin/people");
  const canChange = hasRole(me.role, "admin");
  const query = await searchParams;
  const q = (firstParam(query.q) ?? "").slice(0, 100);
  const page = parsePage(query.page);
  const { rows, total, pages } = await listPeople(getDb(), page, q, { byEmail: canChange });
  const params: Record<string, string> = q ? { q } : {};
  const search = new URLSearchParams({ ...params, ...(page > 1 ? { page: String(page) } : {}) }).toString();
  const here = `/admin/people${search ? `?${search}` : ""}`;
  const done = messageFor(ADMIN_DONE, query.done);
  const failed = messageFor(ADMIN_ERRORS, query.error);

  return (
    <>
      <header className="page-head">
        <h1>People</h1>
        <p className="lede">{canChange ? "Everyone with an account, oldest first. Change what someone may do." : "Everyone with an account. Only an admin can change roles."}</p>
      </header>
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      {failed && (
        <p className="notice notice-error" role="alert">
          {failed}
        </p>
      )}
      <ul className="hint role-help">
        {ROLES.map((r) => (
          <li key={r}>{ROLE_HELP[r]}</li>
        ))}
      </ul>
      <form method="get" action="/admin/people" className="admin-search" role="search">
        <label htmlFor="people-q">Find people</label>
        <div className="admin-search-row">
          <input id="people-q" name="q" type="search" defaultValue={q} maxLength={100} placeholder={canChange ? "Name, username or email" : "Name or username"} />
          <button type="submit" className="button button-small">
            Find
          </button>
        </div>
      </form>
      <p className="meta">
        {total.toLocaleString("en")} {total === 1 ? "person" : "people"}
        {q ? ` matching “${q}”` : ""}
      </p>
      <ul className="stack dash-list">
        {rows.map((p) => (
          <li key={p.id} className="card dash-row person-row">
            <h2>
              {p.username ? <Link href={authorPath(p.username)}>{p.name || p.username}</Link> : (p.name ?? "(no name yet)")}
              {p.id === me.id && <span className="badge">you</span>}
            </h2>
            <p className="meta">
              {[p.username ? `@${p.username}` : null, canChange ? p.email : null].filter(Boolean).join(" · ")} · joined <DateTime date={p.createdAt} />
            </p>
            {canChange ? (
              <form action={setRoleAction} className="inline-form role-form">
                <input type="hidden" name="userId" value={p.id} />
                <input type="hidden" name="back" value={here} />
                <label htmlFor={`role-${p.id}`}>Role</label>
                <select id={`role-${p.id}`} name="role" defaultValue={p.role}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
                <button type="submit" className="button button-small button-secondary">
                  Change<span className="visually-hidden"> role of {p.name || p.username || p.email}</span>
                </button>
              </form>
            ) : (
              <p>
                <span className="badge">{p.role}</span>
              </p>
            )}
          </li>
        ))}
      </ul>
      <Pager base="/admin/people" page={page} pages={pages} params={params} />
    </>
  );
}
