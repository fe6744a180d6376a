import "server-only";
import { headers } from "next/headers";

/** The origin the browser asked for (behind a proxy, its X-Forwarded-* headers): for examples a page shows before it runs in the browser. */
export async function requestOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host")?.split(",")[0]?.trim() || list.get("host") || "localhost:3000";
  const proto = list.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto}://${host}`;
}
