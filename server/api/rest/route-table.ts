import "server-only";
import type { Endpoint } from "./endpoint";
import { downloadAnalyticsCsv, exportAnalyticsCsv } from "./endpoints/download-analytics-csv";
import { readAnalyticsSummary } from "./endpoints/read-analytics-summary";
import { bookChatCallback } from "./endpoints/book-chat-callback";
import { downloadChatTranscript } from "./endpoints/download-chat-transcript";
import { emailChatTranscript } from "./endpoints/email-chat-transcript";
import { exportWorkspaceFlow } from "./endpoints/export-workspace-flow";
import { identifyChatCustomer } from "./endpoints/identify-chat-customer";
import { importWorkspaceFlow } from "./endpoints/import-workspace-flow";
import { leaveChatFollowUp } from "./endpoints/leave-chat-follow-up";
import { listChatCallbackSlots } from "./endpoints/list-chat-callback-slots";
import { listWorkspaceContacts } from "./endpoints/list-workspace-contacts";
import { listWorkspaceConversations } from "./endpoints/list-workspace-conversations";
import { listWorkspaceFlows } from "./endpoints/list-workspace-flows";
import { markChatRead } from "./endpoints/mark-chat-read";
import { postChatMessage } from "./endpoints/post-chat-message";
import { publishWorkspaceFlow } from "./endpoints/publish-workspace-flow";
import { rateChatSession } from "./endpoints/rate-chat-session";
import { readChatSession } from "./endpoints/read-chat-session";
import { receiveInboundEmail } from "./endpoints/receive-inbound-email";
import { readEmbedConfig } from "./endpoints/read-embed-config";
import { readWorkspaceContact } from "./endpoints/read-workspace-contact";
import { readTranscriptLink } from "./endpoints/read-transcript-link";
import { readWorkspaceConversation } from "./endpoints/read-workspace-conversation";
import { requestChatHandoff } from "./endpoints/request-chat-handoff";
import { signalChatTyping } from "./endpoints/signal-chat-typing";
import { startChatSession } from "./endpoints/start-chat-session";
import { streamChatEvents } from "./endpoints/stream-chat-events";
import { streamInboxEvents } from "./endpoints/stream-inbox-events";

export type Method = "GET" | "POST";

export interface Route {
  method: Method;
  /** Literal segments and `{name}` parameters; a parameter is one whole segment. */
  path: string;
  endpoint: Endpoint;
}

/**
 * Every REST endpoint, once: the production server answers these paths itself
 * (serve-direct.ts) and the Next.js route files under app/ export the same
 * dispatch (next-route.ts), so both paths run the same code. A new endpoint is
 * a file in endpoints/ and a line here (plus its one-line route file, which
 * tests/unit/route-table.test.ts checks is there).
 */
export const routeTable: readonly Route[] = [
  // Customer chat (public; the session's token for everything after the start).
  { method: "POST", path: "/api/v1/chat/{slug}/sessions", endpoint: startChatSession },
  { method: "GET", path: "/api/v1/chat/sessions/{sessionId}", endpoint: readChatSession },
  { method: "POST", path: "/api/v1/chat/sessions/{sessionId}/messages", endpoint: postChatMessage },
  { method: "POST", path: "/api/v1/chat/sessions/{sessionId}/handoff", endpoint: requestChatHandoff },
  { method: "POST", path: "/api/v1/chat/sessions/{sessionId}/typing", endpoint: signalChatTyping },
  { method: "POST", path: "/api/v1/chat/sessions/{sessionId}/read", endpoint: markChatRead },
  { method: "POST", path: "/api/v1/chat/sessions/{sessionId}/identify", endpoint: identifyChatCustomer },
  { method: "GET", path: "/api/v1/chat/sessions/{sessionId}/events", endpoint: streamChatEvents },
  { method: "GET", path: "/api/v1/chat/sessions/{sessionId}/callback-slots", endpoint: listChatCallbackSlots },
  { method: "POST", path: "/api/v1/chat/sessions/{sessionId}/callback", endpoint: bookChatCallback },
  { method: "POST", path: "/api/v1/chat/sessions/{sessionId}/follow-up", endpoint: leaveChatFollowUp },
  { method: "POST", path: "/api/v1/chat/sessions/{sessionId}/rating", endpoint: rateChatSession },
  { method: "GET", path: "/api/v1/chat/sessions/{sessionId}/transcript", endpoint: downloadChatTranscript },
  { method: "POST", path: "/api/v1/chat/sessions/{sessionId}/transcript/email", endpoint: emailChatTranscript },
  // Workspace API (API tokens).
  { method: "GET", path: "/api/v1/flows", endpoint: listWorkspaceFlows },
  { method: "POST", path: "/api/v1/flows", endpoint: importWorkspaceFlow },
  { method: "GET", path: "/api/v1/flows/{flowId}", endpoint: exportWorkspaceFlow },
  { method: "POST", path: "/api/v1/flows/{flowId}/publish", endpoint: publishWorkspaceFlow },
  { method: "GET", path: "/api/v1/conversations", endpoint: listWorkspaceConversations },
  { method: "GET", path: "/api/v1/conversations/{conversationId}", endpoint: readWorkspaceConversation },
  { method: "GET", path: "/api/v1/contacts", endpoint: listWorkspaceContacts },
  { method: "GET", path: "/api/v1/contacts/{contactId}", endpoint: readWorkspaceContact },
  { method: "GET", path: "/api/v1/analytics/summary", endpoint: readAnalyticsSummary },
  { method: "POST", path: "/api/v1/inbound-email", endpoint: receiveInboundEmail },
  // A webhook's transcript link (its signature is the credential).
  { method: "GET", path: "/api/v1/transcripts/{conversationId}", endpoint: readTranscriptLink },
  { method: "GET", path: "/api/v1/analytics/conversations.csv", endpoint: exportAnalyticsCsv },
  // The inbox's stream (signed-in agents) and the widget loader's config (any site).
  { method: "GET", path: "/api/inbox/events", endpoint: streamInboxEvents },
  { method: "GET", path: "/api/analytics/conversations.csv", endpoint: downloadAnalyticsCsv },
  { method: "GET", path: "/embed/{slug}/config", endpoint: readEmbedConfig },
];
