import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@/server/api/root";

/** Splits a tRPC error into a sentence for the form and per-field messages (by name, and by dotted path for nested fields). */
export function trpcErrorFields(error: unknown): { message: string | null; fields: Record<string, string | undefined> } {
  if (!error) return { message: null, fields: {} };
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data;
    const fieldErrors = data?.fieldErrors as Record<string, string[] | undefined> | null | undefined;
    if (fieldErrors) {
      const fields: Record<string, string | undefined> = Object.fromEntries(Object.entries(fieldErrors).map(([key, list]) => [key, list?.[0]]));
      // Nested fields by their dotted path (`rules.2.value`), first message each.
      for (const issue of (data?.issues as { path: string; message: string }[] | null | undefined) ?? []) fields[issue.path] ??= issue.message;
      return { message: "Please fix the highlighted fields.", fields };
    }
    // A service's refusal about one field (e.g. a team name in use) names it in its details.
    const field = ((error as TRPCClientError<AppRouter>).data?.details as { field?: unknown } | null | undefined)?.field;
    if (typeof field === "string") return { message: null, fields: { [field]: error.message } };
    return { message: error.message, fields: {} };
  }
  return { message: "Something went wrong. Check your connection and try again.", fields: {} };
}
