import Link from "next/link";
import { ADMIN_DONE, ADMIN_ERRORS } from "@/components/admin/admin-messages";
import { messageFor } from "@/components/editor/editor-messages";
import { Pager } from "@/components/ui/pager";
import { DateTime } from "@/components/ui/time";
import { ROLES } from "@/lib/core/auth/roles";
import type { PersonRow } from "@/lib/server/queries/admin-lists";
import { adminListPath, ADMIN_QUERY_MAX } from "@/lib/validations/admin";
import { authorPath } from "@/lib/paths";

const ROLE_HELP: Record<string, string> = {
  reader: "reader: can sign in and read, not write",
  author: "author: writes and publishes their own writeups",
  organizer: "organizer: also moderates, imports programmes and merges speakers",
  admin: "admin: everything, including roles",
};

export interface PeopleViewProps {
  me: { id: string };
  list: { rows: PersonRow[]; total: number; pages: number; canChange: boolean };
  q: string;
  page: number;
  done?: string | string[];
  error?: string | string[];
  setRole: (form: FormData) => Promise<void>;
}

/** /admin/people: everyone with an account; admins change roles here. */
export function PeopleView({ me, list: { rows, total, pages, canChange }, q, page, done: doneCode, error, setRole }: PeopleViewProps) {
  const params: Record<string, string> = q ? { q } : {};
  const here = adminListPath("/admin/people", { q, page });
  const done = messageFor(ADMIN_DONE, doneCode);
  const failed = messageFor(ADMIN_ERRORS, error);

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
          <input id="people-q" name="q" type="search" defaultValue={q} maxLength={ADMIN_QUERY_MAX} placeholder={canChange ? "Name, username or email" : "Name or username"} />
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
              <form action={setRole} className="inline-form role-form">
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
