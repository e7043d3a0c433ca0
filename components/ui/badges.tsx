import { KIND_LABELS } from "@/lib/core/programme/group-programme";

export function KindBadge({ kind }: { kind: string }) {
  return <span className="badge">{KIND_LABELS[kind]?.[0] ?? kind}</span>;
}

export function CoverageBadge({ count }: { count: number }) {
  if (count === 0) return <span className="badge">Not yet covered</span>;
  return (
    <span className="badge badge-covered">
      {count} {count === 1 ? "writeup" : "writeups"}
    </span>
  );
}

export function plural(count: number, one: string, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
