import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/server/db";
import { pageMetadata } from "@/lib/page-metadata";
import { listSpeakers } from "@/lib/server/repositories/speakers";
import { speakerPath } from "@/lib/paths";
import { parsePage } from "@/lib/validations/params";
import { Pager } from "@/components/ui/pager";
import { plural } from "@/components/ui/badges";

export const metadata: Metadata = pageMetadata({ title: "Speakers", description: "Everyone who has spoken at a conference on Hallway: one page per person, across conferences.", path: "/speakers" });

export default async function SpeakersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = parsePage((await searchParams).page);
  const { items: speakers, total, pages } = await listSpeakers(getDb(), page);
  return (
    <>
      <header className="page-head">
        <h1>Speakers</h1>
        <p className="lede">Everyone who has spoken at a conference on Hallway. One page per person, across conferences.</p>
        <p className="meta">{plural(total, "speaker")}</p>
      </header>
      {speakers.length === 0 ? (
        <p className="empty">No speakers yet.</p>
      ) : (
        <ul className="speaker-list" aria-label="Speakers">
          {speakers.map((s) => (
            <li key={s.slug}>
              <Link href={speakerPath(s.slug)}>{s.name}</Link>
              {s.affiliation && <span className="aff"> · {s.affiliation}</span>}
            </li>
          ))}
        </ul>
      )}
      <Pager base="/speakers" page={page} pages={pages} />
    </>
  );
}
