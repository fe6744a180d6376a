import { Avatar } from "./avatar";

/** "…" while someone is typing; the dots hop only for people who have not asked for reduced motion. */
export function TypingBubble({ name, avatarUrl, color }: { name: string; avatarUrl?: string | null; color?: string }) {
  return (
    <li className="flex items-end gap-2 pt-2" aria-hidden>
      <div className="w-9 shrink-0">
        <Avatar name={name} url={avatarUrl} color={color} />
      </div>
      <div className="flex gap-1 rounded-2xl rounded-bl-md bg-slate-100 px-3.5 py-3 dark:bg-slate-800" data-testid="typing-bubble">
        {[0, 150, 300].map((delay) => (
          <span
            key={delay}
            className="size-1.5 rounded-full bg-slate-400 motion-safe:animate-bounce dark:bg-slate-500"
            style={{ animationDelay: `${delay}ms` }}
          />
        ))}
      </div>
    </li>
  );
}
