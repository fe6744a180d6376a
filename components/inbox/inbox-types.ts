import type { UseQueryResult } from "@tanstack/react-query";
import type { TRPCClientErrorLike } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type InboxOutputs = inferRouterOutputs<AppRouter>["inbox"];

/** Shapes of the inbox router's answers, inferred so the UI follows the server. */
export type InboxCounts = InboxOutputs["counts"];
export type InboxRow = InboxOutputs["list"][number];
export type InboxConversation = InboxOutputs["conversation"];
export type InboxCallback = NonNullable<InboxRow["callback"]>;
export type InboxMe = InboxOutputs["me"];
export type InboxPresence = InboxMe["presence"];
export type CannedReply = InboxOutputs["cannedReplies"][number];

/** A query's result as the inbox's components receive it from a parent. */
export type InboxQuery<T> = UseQueryResult<T, TRPCClientErrorLike<AppRouter>>;
