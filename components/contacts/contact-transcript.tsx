interface Line {
  seq: number;
  author: string;
  text: string;
  agentName: string | null;
  createdAt: Date;
}

const who = (line: Line) =>
  line.author === "agent" ? (line.agentName ?? "Agent") : line.author === "customer" ? "Customer" : line.author === "bot" ? "Bot" : "—";

/** One past conversation's transcript on a contact's page, as plain text. */
export function ContactTranscript({ messages }: { messages: Line[] }) {
  return (
    <section aria-labelledby="transcript-heading" className="space-y-2">
      <h2 id="transcript-heading" className="text-base font-semibold text-slate-900">
        Transcript
      </h2>
      <ol className="space-y-1 rounded-xl border border-slate-200 bg-white p-4 text-sm">
        {messages.map((line) => (
          <li key={line.seq} className={line.author === "system" ? "text-xs text-slate-500" : ""}>
            <span className="font-medium text-slate-700">{who(line)}: </span>
            <span className="whitespace-pre-wrap break-words [overflow-wrap:anywhere]">{line.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
