import { feedResponse } from "@/lib/server/http/feed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ conference: string }> }) {
  return feedResponse(request, "rss", { kind: "conference", ...(await params) });
}
