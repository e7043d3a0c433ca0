import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { WriteupView, writeupMetadata } from "@/components/writeups/writeup-view";
import { getDb } from "@/lib/server/db";
import { getWriteupPage } from "@/lib/server/queries/writeup-page";
import { writeupPath } from "@/lib/paths";

type Params = { params: Promise<{ slug: string }> };

// Rendered on a reader's first request, then cached (lib/server/cache/page-cache-handler.mjs):
// no page is built ahead, so a build needs no data.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = await getWriteupPage(getDb(), (await params).slug);
  return found.kind === "published" ? writeupMetadata(found.writeup) : {};
}

export default async function WriteupPage({ params }: Params) {
  const { slug } = await params;
  const found = await getWriteupPage(getDb(), slug);
  // A published writeup whose address changed: its old links keep working.
  if (found.kind === "moved") permanentRedirect(writeupPath(found.slug));
  if (found.kind === "missing") notFound();
  return <WriteupView writeup={found.writeup} />;
}
