const shortcuts: [string, string][] = [
  ["J / K or ↓ / ↑", "next / previous conversation"],
  ["A", "accept"],
  ["/", "write a reply (then / again for canned replies)"],
  ["E", "resolve"],
];

/** The centre before a conversation is chosen: what to do, and the keyboard shortcuts. */
export function NoConversationSelected() {
  return (
    <section aria-label="Conversation" className="flex flex-1 items-center justify-center bg-slate-50 p-6">
      <div className="max-w-sm text-center text-sm text-slate-600">
        <h2 className="text-base font-semibold text-slate-900">Pick a conversation</h2>
        <p className="mt-1">Choose one on the left to see the transcript and everything the bot learned.</p>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-left">
          {shortcuts.map(([keys, action]) => (
            <div key={keys} className="contents">
              <dt>
                <kbd className="rounded border border-slate-300 bg-white px-1.5 py-0.5 font-mono text-xs text-slate-700">{keys}</kbd>
              </dt>
              <dd>{action}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
