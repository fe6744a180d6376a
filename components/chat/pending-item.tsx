import { MessageText } from "./message-text";
import type { OutboxItem } from "./outbox";
import { readableTextColor } from "./readable-text-color";

const STATE_LABEL: Record<OutboxItem["state"], string> = {
  sending: "Sending…",
  waiting: "Not sent — will retry",
  sent: "Sent",
};

/** A customer message still on its way: shown at once, with where it stands. */
export function PendingItem({ item, color }: { item: OutboxItem; color: string }) {
  return (
    <li className="flex flex-col items-end pt-2" data-state={item.state}>
      <span className="sr-only">You said</span>
      <p
        dir="auto"
        data-author="customer"
        className={`max-w-[85%] rounded-2xl rounded-br-md px-3.5 py-2 text-[0.9375rem] leading-snug whitespace-pre-wrap [overflow-wrap:anywhere] ${item.state === "waiting" ? "opacity-70" : ""}`}
        style={{ backgroundColor: color, color: readableTextColor(color) }}
      >
        <MessageText text={item.echo} />
      </p>
      <span className={`mt-0.5 px-1 text-xs ${item.state === "waiting" ? "text-amber-700 dark:text-amber-400" : "text-slate-500 dark:text-slate-400"}`}>
        {STATE_LABEL[item.state]}
      </span>
    </li>
  );
}
