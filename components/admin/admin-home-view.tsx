import Link from "next/link";

export interface AdminHomeProps {
  counts: { published: number; people: number; conferences: number; speakers: number };
  isAdmin: boolean;
}

/** /admin: what there is to look after, with the numbers. */
export function AdminHomeView({ counts, isAdmin }: AdminHomeProps) {
  const n = (v: number) => v.toLocaleString("en");
  return (
    <>
      <header className="page-head">
        <p className="eyebrow">Signed in as {isAdmin ? "an admin" : "an organizer"}</p>
        <h1>Admin</h1>
        <p className="lede">Look after the writeups, bring in programmes, and keep each speaker one person.</p>
      </header>
      <ul className="admin-cards">
        <li className="card">
          <h2>
            <Link href="/admin/writeups">Writeups</Link>
          </h2>
          <p>
            {n(counts.published)} published. Unpublish or take down what breaks the rules.
          </p>
        </li>
        <li className="card">
          <h2>
            <Link href="/admin/import">Import a programme</Link>
          </h2>
          <p>{n(counts.conferences)} conferences. Upload a frab/Pentabarf XML, C3VOC JSON, Sessionize JSON, iCalendar or Hallway CSV/JSON file; importing again updates it.</p>
        </li>
        <li className="card">
          <h2>
            <Link href="/admin/speakers">Merge speakers</Link>
          </h2>
          <p>{n(counts.speakers)} speakers. When one person has two records, merge them: talks, links in writeups and the old address follow.</p>
        </li>
        <li className="card">
          <h2>
            <Link href="/admin/people">People</Link>
          </h2>
          <p>{n(counts.people)} accounts. {isAdmin ? "Make organizers and admins, or stop someone from writing." : "Only an admin can change roles."}</p>
        </li>
      </ul>
    </>
  );
}
