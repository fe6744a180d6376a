import type { ChatMessage } from "./chat-message";
import { Avatar } from "./avatar";
import { MessageText } from "./message-text";
import { readableTextColor } from "./readable-text-color";

export interface MessageLook {
  botName: string;
  botAvatarUrl?: string | null;
  color: string;
}

// Long words and URLs wrap anywhere; `dir="auto"` lets Arabic or Hebrew read right to left inside any layout.
const TEXT = "whitespace-pre-wrap [overflow-wrap:anywhere]";

/** Articles the bot points to (self-service): titles that open in place, so the customer never leaves the chat. */
function Articles({ articles }: { articles: NonNullable<ChatMessage["articles"]> }) {
  return (
    <ul className="mt-2 space-y-1.5">
      {articles.map((article) => (
        <li key={article.id}>
          <details className="group rounded-lg border border-slate-200 bg-white text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
            <summary className="cursor-pointer rounded-lg px-3 py-2 font-medium outline-none focus-visible:ring-2 focus-visible:ring-current">
              {article.title}
            </summary>
            <p dir="auto" className={`px-3 pb-3 text-slate-700 dark:text-slate-300 ${TEXT}`}>
              <MessageText text={article.body} />
            </p>
          </details>
        </li>
      ))}
    </ul>
  );
}

/**
 * One message. `data-author` sits on the bubble that holds only the text,
 * so tests and styles see exactly what was said; "Acme Assistant said" /
 * "You said" are for screen readers.
 */
export function MessageItem({ message, look, first, footer }: { message: ChatMessage; look: MessageLook; first: boolean; footer?: React.ReactNode }) {
  if (message.author === "system") {
    return (
      <li className="flex justify-center py-1">
        <p
          dir="auto"
          data-author="system"
          className={`max-w-[90%] rounded-full bg-slate-100 px-3 py-1 text-center text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300 ${TEXT}`}
        >
          {message.text}
        </p>
      </li>
    );
  }
  if (message.author === "customer") {
    return (
      <li className={`flex flex-col items-end ${first ? "pt-2" : ""}`}>
        <span className="sr-only">You said</span>
        <p
          dir="auto"
          data-author="customer"
          className={`max-w-[85%] rounded-2xl rounded-br-md px-3.5 py-2 text-[0.9375rem] leading-snug ${TEXT}`}
          style={{ backgroundColor: look.color, color: readableTextColor(look.color) }}
        >
          <MessageText text={message.text} />
        </p>
        {footer}
      </li>
    );
  }
  const name = message.author === "agent" ? (message.agentName ?? "Support") : look.botName;
  return (
    <li className={`flex items-end gap-2 ${first ? "pt-2" : ""}`}>
      <div className="w-9 shrink-0">
        {first ? (
          <Avatar name={name} url={message.author === "bot" ? look.botAvatarUrl : null} color={message.author === "bot" ? look.color : undefined} />
        ) : null}
      </div>
      <div className="flex max-w-[85%] min-w-0 flex-col items-start">
        {first ? (
          <span aria-hidden className="mb-0.5 px-1 text-xs font-medium text-slate-500 dark:text-slate-400">
            {name}
          </span>
        ) : null}
        <span className="sr-only">{name} said</span>
        <div
          dir="auto"
          data-author={message.author}
          className={`max-w-full rounded-2xl rounded-bl-md bg-slate-100 px-3.5 py-2 text-[0.9375rem] leading-snug text-slate-900 dark:bg-slate-800 dark:text-slate-100 ${TEXT}`}
        >
          <MessageText text={message.text} />
          {message.articles?.length ? <Articles articles={message.articles} /> : null}
        </div>
      </div>
    </li>
  );
}
