/**
 * Raw SQL for the few reader queries Prisma can't shape well, built the same
 * way for SQLite and PostgreSQL: a `sql` template tag whose fragments nest and
 * whose values are always bound, never spliced, and `queryRaw`, which numbers
 * the placeholders in the database's own style (`?` or `$1`).
 *
 * Why not Prisma.sql: each generated client (SQLite, PostgreSQL) carries its
 * own copy of Prisma's Sql class, and a client only recognises its own, so a
 * fragment made with the SQLite client's Prisma.sql is sent to PostgreSQL as a
 * parameter value instead of as SQL.
 */
import { providerOfDb, type Db } from "@/lib/server/db";

export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

/** A SQL fragment: `${value}` binds a value, `${fragment}` inlines a nested Sql. */
export function sql(template: TemplateStringsArray, ...args: unknown[]): Sql {
  const strings = [template[0]!];
  const values: unknown[] = [];
  args.forEach((arg, i) => {
    const next = template[i + 1]!;
    if (arg instanceof Sql) {
      const [first, ...rest] = arg.strings;
      strings.push(`${strings.pop()!}${first!}`);
      arg.values.forEach((value, j) => {
        values.push(value);
        strings.push(rest[j]!);
      });
      strings.push(`${strings.pop()!}${next}`);
    } else {
      values.push(arg);
      strings.push(next);
    }
  });
  return new Sql(strings, values);
}

export const empty = new Sql([""], []);

/** `a, b, c` as bound values, for `IN (…)`; callers handle the empty list. */
export function join(values: readonly unknown[]): Sql {
  if (values.length === 0) throw new Error("join() needs at least one value");
  return new Sql(["", ...values.slice(1).map(() => ", "), ""], values);
}

/** Runs a query built with `sql` and returns its rows. */
export function queryRaw<T>(db: Db, query: Sql): Promise<T[]> {
  const pg = providerOfDb(db) === "postgresql";
  const text = query.strings.reduce((out, part, i) => `${out}${pg ? `$${i}` : "?"}${part}`);
  return db.$queryRawUnsafe<T[]>(text, ...query.values);
}
