import { Avatar } from "./avatar";
import { readableTextColor } from "./readable-text-color";

interface ChatHeaderProps {
  title: string;
  botName: string;
  avatarUrl?: string | null;
  color: string;
  status: string;
  agentName: string | null;
  compact: boolean;
  /** Shown while the bot owns the conversation. */
  onTalkToPerson: (() => void) | null;
  askingForPerson: boolean;
}

function subtitle(status: string, botName: string, agentName: string | null): string {
  switch (status) {
    case "queued":
      return "Waiting for a person to join";
    case "awaiting_email":
      return "We'll reply by e-mail";
    case "assigned":
      return agentName ? `You're chatting with our team · ${agentName}` : "You're chatting with our team";
    case "callback_scheduled":
      return "We'll call you back";
    case "resolved":
    case "abandoned":
      return "This chat has ended";
    default:
      return botName;
  }
}

/** The flow's colour, who is answering, and "Talk to a person" — one click away whenever the bot is talking. */
export function ChatHeader({ title, botName, avatarUrl, color, status, agentName, compact, onTalkToPerson, askingForPerson }: ChatHeaderProps) {
  const text = readableTextColor(color);
  return (
    <header
      className={`flex shrink-0 items-center gap-3 pr-[max(0.75rem,env(safe-area-inset-right))] pl-[max(0.75rem,env(safe-area-inset-left))] ${compact ? "py-2" : "pt-[max(0.75rem,env(safe-area-inset-top))] pb-3 sm:px-4"}`}
      style={{ backgroundColor: color, color: text }}
    >
      <span className="rounded-full ring-2 ring-white/40">
        <Avatar name={agentName ?? botName} url={agentName ? null : avatarUrl} color={agentName ? undefined : color} size={compact ? "sm" : "md"} />
      </span>
      <div className="min-w-0 flex-1">
        <h1 className={`truncate font-semibold ${compact ? "text-sm" : "text-base"}`}>{title}</h1>
        <p className="truncate text-xs opacity-90">{subtitle(status, botName, agentName)}</p>
      </div>
      {onTalkToPerson ? (
        <button
          type="button"
          onClick={onTalkToPerson}
          disabled={askingForPerson}
          aria-busy={askingForPerson || undefined}
          className="min-h-10 shrink-0 rounded-full border border-current/30 bg-white/15 px-3.5 text-sm font-medium whitespace-nowrap transition-colors hover:bg-white/25 focus-visible:ring-2 focus-visible:ring-current focus-visible:ring-offset-2 focus-visible:outline-none disabled:opacity-70"
          style={{ "--tw-ring-offset-color": color } as React.CSSProperties}
        >
          Talk to a person
        </button>
      ) : null}
    </header>
  );
}
