import { feedResponse } from "@/lib/server/http/feed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ conference: string }> }) {
  return feedResponse(request, "json", { kind: "conference", ...(await params) });
}
