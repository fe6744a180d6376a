import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "LLM provider" };

export default function LlmPage() {
  return (
    <EmptyState title="No LLM provider — and none is needed">
      <p>Tandem&apos;s bot understands customers with embedded language understanding that runs on this server, with no network and no API key.</p>
      <p>
        Connecting an OpenAI-compatible or Ollama provider (for clarifying questions, grounded answers and handoff summaries) is not in this version yet; this
        page will show its status when it is.
      </p>
    </EmptyState>
  );
}
