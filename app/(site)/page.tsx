import { LatestWriteupsView } from "@/components/home/latest-writeups-view";
import { getDb } from "@/lib/server/db";
import { getLatestWriteups } from "@/lib/server/queries/reader-lists";
import { parsePage } from "@/lib/validations/params";
import { pageMetadata } from "@/lib/page-metadata";

export const metadata = pageMetadata({
  title: "Hallway — conference trip reports, linked to every talk",
  description: "Attendees write up the conferences they went to, talk by talk. Every talk and speaker they mention links to its page, where you find every other writeup of it.",
  path: "/",
});

// `n` is set on /page/[n], where /?page=N is rewritten to (next.config.js).
export default async function HomePage({ params }: { params: Promise<{ n?: string }> }) {
  const data = await getLatestWriteups(getDb(), parsePage((await params).n));
  return <LatestWriteupsView {...data} />;
}
