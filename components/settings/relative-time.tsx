import { formatRelativeTime } from "@/components/flows/format-relative-time";

/** "3 hours ago", with the exact time on hover. The words depend on the clock, so the browser's may differ from the server's render. */
export function RelativeTime({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} title={date.toLocaleString()} suppressHydrationWarning>
      {formatRelativeTime(date)}
    </time>
  );
}
