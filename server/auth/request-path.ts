import "server-only";
import { headers } from "next/headers";

/** The path of the page being rendered, as proxy.ts passed it on. */
export async function requestPath(): Promise<string> {
  return (await headers()).get("x-tandem-path") ?? "/";
}
