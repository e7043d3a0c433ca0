import Link from "next/link";
import type { CoverageItem } from "@/lib/server/queries/talk-page";
import { DateTime } from "@/components/ui/time";
import { AuthorName } from "@/components/writeups/writeup-card";
import { writeupPath } from "@/lib/paths";

/** Writeups covering a talk or speaker: title, author, date and the excerpt around the mention. */
export function CoverageList({ items, headingLevel = 3 }: { items: CoverageItem[]; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ul className="stack">
      {items.map(({ writeup, excerpt }) => (
        <li key={writeup.slug} className="card">
          <Heading>
            <Link href={writeupPath(writeup.slug)}>{writeup.title}</Link>
          </Heading>
          <p className="meta">
            <span>
              by <AuthorName author={writeup.author} />
            </span>
            {writeup.publishedAt && (
              <span>
                <DateTime date={writeup.publishedAt} />
              </span>
            )}
          </p>
          {excerpt && <blockquote className="excerpt">{excerpt}</blockquote>}
        </li>
      ))}
    </ul>
  );
}
