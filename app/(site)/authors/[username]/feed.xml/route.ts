import { feedResponse } from "@/lib/server/http/feed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ username: string }> }) {
  return feedResponse(request, "rss", { kind: "author", ...(await params) });
}
