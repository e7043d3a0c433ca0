import { feedResponse } from "@/lib/server/http/feed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return feedResponse(request, "atom", { kind: "site" });
}
