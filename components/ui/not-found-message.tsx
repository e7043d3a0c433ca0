import Link from "next/link";

export function NotFoundMessage() {
  return (
    <div className="page-head">
      <p className="eyebrow">404</p>
      <h1>We couldn’t find that page</h1>
      <p className="lede">
        It may have moved, or never existed. Try the <Link href="/">latest writeups</Link>, the <Link href="/conferences">conferences</Link> or
        the <Link href="/speakers">speakers</Link>.
      </p>
    </div>
  );
}
