import type { Metadata } from "next";
import { SearchView, searchMetadata } from "@/components/search/search-view";
import { getDb } from "@/lib/server/db";
import { getSearchPage } from "@/lib/server/queries/search-page";

type Props = { searchParams: Promise<{ q?: string; type?: string; page?: string }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata((await searchParams).q);
}

export default async function SearchPage({ searchParams }: Props) {
  const data = await getSearchPage(getDb(), await searchParams);
  return <SearchView {...data} />;
}
