import Link from "next/link";
import { ADMIN_DONE, ADMIN_ERRORS } from "@/components/admin/admin-messages";
import { messageFor } from "@/components/editor/editor-messages";
import { DateTime } from "@/components/ui/time";
import { formatDay } from "@/lib/core/format/dates";
import type { AdminTalk } from "@/lib/server/queries/admin-talks";
import { talkPath, writeupPath } from "@/lib/paths";

type FormAction = (form: FormData) => Promise<void>;

export interface AdminTalkViewProps {
  data: AdminTalk;
  done?: string | string[];
  error?: string | string[];
  /** A refused phrase, to show again in the form. */
  phrase?: string;
  add: FormAction;
  change: FormAction;
}

const SOURCE: Record<string, string> = {
  confirmed: "confirmed by an author",
  candidate: "picked by an author among several talks",
  link: "an author’s link text",
  rejected: "rejected by an author",
  organizer: "set by an organizer",
};

type Alias = AdminTalk["aliases"][number];

function effect(a: Alias): string {
  if (a.negative) return "never links or suggests this talk";
  return a.source === "organizer" || a.authors >= 2 ? "links without asking" : "suggested to authors";
}

function origin(a: Alias) {
  const who = a.user?.name || (a.user?.username ? `@${a.user.username}` : null);
  const w = a.writeup;
  const where = w ? (w.status === "published" && !w.deletedAt ? <Link href={writeupPath(w.slug)}>{w.title}</Link> : <span>a draft</span>) : null;
  return (
    <>
      {SOURCE[a.source] ?? a.source}
      {a.authors > 1 && ` (${a.authors} authors)`}
      {who && <> · {who}</>}
      {where && <> · in {where}</>}
      {" · "}
      <DateTime date={a.createdAt} />
    </>
  );
}

/** /admin/talks/[id]: a talk's facts and its aliases, with forms to add, flip and delete them. */
export function AdminTalkView({ data: { talk, aliases }, done: doneCode, error, phrase, add, change }: AdminTalkViewProps) {
  const done = messageFor(ADMIN_DONE, doneCode);
  const failed = messageFor(ADMIN_ERRORS, error);
  const positives = aliases.filter((a) => !a.negative);
  const negatives = aliases.filter((a) => a.negative);
  const speakers = talk.speakers.map((s) => s.speaker.name).join(", ");

  const list = (rows: Alias[], heading: string, id: string, empty: string) => (
    <section aria-labelledby={id} className="alias-group">
      <h3 id={id}>{heading}</h3>
      {rows.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul className="alias-list">
          {rows.map((a) => (
            <li key={a.id} className="alias-row">
              <div className="alias-facts">
                <p className="alias-phrase">
                  “{a.phrase}” <span className={a.negative ? "badge badge-negative" : "badge badge-covered"}>{a.negative ? "negative" : "positive"}</span>
                </p>
                <p className="meta">{effect(a)}</p>
                <p className="meta">{origin(a)}</p>
              </div>
              <div className="alias-actions">
                <form action={change}>
                  <input type="hidden" name="talkId" value={talk.id} />
                  <input type="hidden" name="aliasId" value={a.id} />
                  <button type="submit" name="op" value="flip" className="button button-small button-secondary">
                    {a.negative ? "Make positive" : "Make negative"}
                    <span className="visually-hidden"> “{a.phrase}”</span>
                  </button>
                </form>
                <form action={change}>
                  <input type="hidden" name="talkId" value={talk.id} />
                  <input type="hidden" name="aliasId" value={a.id} />
                  <button type="submit" name="op" value="delete" className="button button-small button-secondary button-danger">
                    Delete<span className="visually-hidden"> “{a.phrase}”</span>
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <>
      <header className="page-head">
        <p className="eyebrow">
          <Link href="/admin/talks">Talks</Link>
        </p>
        <h1>{talk.title}</h1>
        <p className="lede">
          {[talk.conference.name, talk.day ? formatDay(talk.day) : null, speakers || null].filter(Boolean).join(" · ")} ·{" "}
          <Link href={talkPath(talk.conference.slug, talk.slug)}>Public page</Link>
        </p>
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
      <section id="aliases" aria-labelledby="aliases-heading" className="form-card admin-aliases">
        <h2 id="aliases-heading">Aliases</h2>
        <p className="hint">
          Phrases writers use for this talk, learned when authors confirm, pick or reject a suggested link. One author’s phrase is suggested to later authors; once two authors
          agree, or you set it, it links without asking. A negative phrase never links this talk. Changes apply to writeups saved from now on.
        </p>
        {list(positives, "Positive", "aliases-positive", "None yet.")}
        {list(negatives, "Negative", "aliases-negative", "None yet.")}
        <form action={add} className="alias-add">
          <input type="hidden" name="talkId" value={talk.id} />
          <div className="field">
            <label htmlFor="alias-phrase">Add an alias</label>
            <input id="alias-phrase" name="phrase" required maxLength={120} defaultValue={phrase} aria-describedby="alias-phrase-hint" aria-invalid={!!failed && !!phrase} />
            <p className="hint" id="alias-phrase-hint">
              The words as writers use them, such as an acronym or a nickname. Case and punctuation don’t matter.
            </p>
          </div>
          <label className="checkbox">
            <input type="checkbox" name="negative" />
            <span>
              Negative: these words do <strong>not</strong> mean this talk
            </span>
          </label>
          <button type="submit" className="button button-small">
            Add alias
          </button>
        </form>
      </section>
    </>
  );
}
