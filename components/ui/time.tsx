import { formatDate, formatDay } from "@/lib/core/format/dates";

/** A publication instant, as a date. */
export function DateTime({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {formatDate(date)}
    </time>
  );
}

/** A conference day (local calendar date). */
export function Day({ day, style = "long" }: { day: string; style?: "long" | "short" }) {
  return <time dateTime={day}>{formatDay(day, style)}</time>;
}
