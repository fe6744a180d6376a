import { randomBytes } from "node:crypto";

/** Makes a URL-safe, unique-looking slug from a name. */
export function slugify(name: string): string {
  const base =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "flow";
  return `${base}-${randomBytes(3).toString("hex")}`;
}
