import type { Prisma } from "@/lib/server/db";

/**
 * What makes a writeup public: published and not in the trash. Every reader
 * query, count and join filters with this, so a draft or trashed writeup can
 * never leak through a list, a count, a coverage badge or a feed.
 */
export const PUBLIC_WRITEUP = { status: "published", deletedAt: null } as const satisfies Prisma.WriteupWhereInput;
