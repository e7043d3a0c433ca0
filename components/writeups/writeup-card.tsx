import Link from "next/link";
import { DateTime } from "@/components/ui/time";
import { authorPath, conferencePath, writeupPath } from "@/lib/paths";

export interface WriteupCardData {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date | null;
  author: { name: string | null; username: string | null };
  conferences?: { conference: { slug: string; name: string } }[];
}

export function AuthorName({ author }: { author: WriteupCardData["author"] }) {
  const name = author.name ?? author.username ?? "Anonymous";
  return author.username ? <Link href={authorPath(author.username)}>{name}</Link> : <span>{name}</span>;
}

export function WriteupCard({ writeup, headingLevel = 2 }: { writeup: WriteupCardData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card">
      <Heading>
        <Link href={writeupPath(writeup.slug)}>{writeup.title}</Link>
      </Heading>
      <p className="meta">
        <span>
          by <AuthorName author={writeup.author} />
        </span>
        {writeup.conferences?.map(({ conference }) => (
          <span key={conference.slug}>
            <Link href={conferencePath(conference.slug)}>{conference.name}</Link>
          </span>
        ))}
        {writeup.publishedAt && (
          <span>
            <DateTime date={writeup.publishedAt} />
          </span>
        )}
      </p>
      {writeup.excerpt && <p className="excerpt">{writeup.excerpt}</p>}
    </article>
  );
}
