import type { CannedReply } from "./inbox-types";

/**
 * The "/" menu above the composer: a listbox the textarea drives with
 * aria-activedescendant (focus stays in the textarea while arrows move).
 */
export function CannedReplyMenu({
  id,
  replies,
  activeIndex,
  status,
  query,
  onPick,
  onHover,
}: {
  id: string;
  replies: CannedReply[];
  activeIndex: number;
  status: "pending" | "error" | "success";
  query: string;
  onPick: (reply: CannedReply) => void;
  onHover: (index: number) => void;
}) {
  return (
    <div className="absolute inset-x-0 bottom-full z-10 mb-1 max-h-72 overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg">
      {status === "pending" ? <p className="px-3 py-2 text-sm text-slate-500">Loading canned replies…</p> : null}
      {status === "error" ? <p className="px-3 py-2 text-sm text-red-700">Canned replies could not be loaded.</p> : null}
      {status === "success" && replies.length === 0 ? (
        <p className="px-3 py-2 text-sm text-slate-500">No canned reply matches “{query}”. Admins add them in Settings → Canned replies.</p>
      ) : null}
      <ul role="listbox" id={id} aria-label="Canned replies">
        {replies.map((reply, index) => (
          <li
            key={reply.id}
            id={`${id}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => onHover(index)}
            onClick={() => onPick(reply)}
            className={`cursor-pointer px-3 py-1.5 text-sm ${index === activeIndex ? "bg-brand-50" : ""}`}
          >
            <span className="font-mono text-xs text-brand-700">/{reply.shortcut.replace(/^\//, "")}</span>{" "}
            <span className="font-medium text-slate-900">{reply.title}</span>
            <span className="block truncate text-xs text-slate-500">{reply.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
