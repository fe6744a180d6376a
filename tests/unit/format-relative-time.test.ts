import { describe, expect, it } from "vitest";
import { formatRelativeTime } from "@/components/flows/format-relative-time";

const now = new Date("2026-11-23T10:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("formatRelativeTime", () => {
  it.each([
    [10, "just now"],
    [50, "1 minute ago"],
    [5 * 60, "5 minutes ago"],
    [3 * 3600, "3 hours ago"],
    [26 * 3600, "yesterday"],
    [3 * 24 * 3600, "3 days ago"],
    [8 * 24 * 3600, "last week"],
    [400 * 24 * 3600, "last year"],
  ])("%i s ago → %s", (seconds, expected) => {
    expect(formatRelativeTime(ago(seconds), now, "en")).toBe(expected);
  });
});
