import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorView, authorMetadata } from "@/components/authors/author-view";
import { getDb } from "@/lib/server/db";
import { getAuthorPage } from "@/lib/server/queries/author-page";
import { parsePage } from "@/lib/validations/params";

// `n` is set on page/[n], where ?page=N is rewritten to (next.config.js).
type Props = { params: Promise<{ username: string; n?: string }> };

async function load({ params }: Props) {
  const { username, n } = await params;
  const page = parsePage(n);
  const data = await getAuthorPage(getDb(), username, page);
  return data && page <= data.writeups.pages ? { ...data, username } : null;
}

// Rendered on a reader's first request, then cached (lib/server/cache/page-cache-handler.mjs):
// no page is built ahead, so a build needs no data.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  return data ? authorMetadata(data) : {};
}

export default async function AuthorPage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  return <AuthorView {...data} />;
}
