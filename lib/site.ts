/** The public origin, for absolute URLs in metadata and feeds. */
export function siteUrl(): string {
  return (process.env.HALLWAY_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`).replace(/\/+$/, "");
}
