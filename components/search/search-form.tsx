/** A plain GET form: search works without JavaScript. */
export function SearchForm({ query = "", autoFocus = false }: { query?: string; autoFocus?: boolean }) {
  return (
    <form action="/search" method="get" role="search" className="search-form">
      <label htmlFor="search-q" className="visually-hidden">
        Search writeups, talks and speakers
      </label>
      <input id="search-q" name="q" type="search" defaultValue={query} placeholder="Search writeups, talks and speakers" autoFocus={autoFocus} enterKeyHint="search" />
      <button type="submit">Search</button>
    </form>
  );
}
