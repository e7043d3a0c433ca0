import { feedResponse } from "@/lib/server/http/feed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ speaker: string }> }) {
  return feedResponse(request, "json", { kind: "speaker", ...(await params) });
}
