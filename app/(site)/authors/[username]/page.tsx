import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorView, authorMetadata } from "@/components/authors/author-view";
import { currentUser } from "@/lib/server/auth/current-user";
import { getDb } from "@/lib/server/db";
import { getAuthorPage } from "@/lib/server/queries/author-page";
import { parsePage } from "@/lib/validations/params";

type Props = { params: Promise<{ username: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const data = await getAuthorPage(getDb(), (await params).username, parsePage((await searchParams).page));
  return data ? authorMetadata(data) : {};
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const { username } = await params;
  const page = parsePage((await searchParams).page);
  const data = await getAuthorPage(getDb(), username, page);
  if (!data || page > data.writeups.pages) notFound();
  const own = (await currentUser())?.id === data.author.id;
  return <AuthorView {...data} username={username} own={own} />;
}
