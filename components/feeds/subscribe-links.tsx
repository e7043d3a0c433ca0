import { FEED_CONTENT_TYPES, FEED_FORMATS, FEED_LABELS, feedPath } from "@/lib/core/feeds/feed-links";

/**
 * The visible way to follow a page: "Subscribe: RSS · Atom · JSON Feed".
 * `.meta` draws the separators between the spans (outside the links, so they
 * aren't underlined). Plain links: it works without JavaScript.
 */
export function SubscribeLinks({ path, label = "this page" }: { path: string; label?: string }) {
  return (
    <p className="meta subscribe">
      Subscribe:{" "}
      {FEED_FORMATS.map((format) => (
        <span key={format}>
          <a href={feedPath(path, format)} type={FEED_CONTENT_TYPES[format]} aria-label={`${FEED_LABELS[format]} feed of ${label}`}>
            {FEED_LABELS[format]}
          </a>
        </span>
      ))}
    </p>
  );
}
