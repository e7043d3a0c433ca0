import type { Metadata } from "next";
import Link from "next/link";
import { adminCounts } from "@/lib/server/repositories/admin";
import { getDb } from "@/lib/server/db";
import { requireRole } from "@/lib/server/services/session";

export const metadata: Metadata = { title: "Admin", robots: { index: false } };

export default async function AdminPage() {
  const user = await requireRole("organizer", "/admin");
  const counts = await adminCounts(getDb());
  const n = (v: number) => v.toLocaleString("en");
  return (
    <>
      <header className="page-head">
        <p className="eyebrow">Signed in as {user.role === "admin" ? "an admin" : "an organizer"}</p>
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
          <p>{n(counts.people)} accounts. {user.role === "admin" ? "Make organizers and admins, or stop someone from writing." : "Only an admin can change roles."}</p>
        </li>
      </ul>
    </>
  );
}
