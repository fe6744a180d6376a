/** What a customer sees at a chat address with nothing live: what may have happened and what to do, not an error dump. */
export function ChatUnavailable({ variant = "page" }: { variant?: "page" | "embedded" }) {
  return (
    <main
      style={{ colorScheme: "light dark" }}
      className={`flex flex-col items-center justify-center bg-white p-6 text-center text-slate-900 dark:bg-slate-950 dark:text-slate-100 ${variant === "embedded" ? "h-dvh" : "min-h-dvh sm:bg-slate-50 dark:sm:bg-slate-950"}`}
    >
      <div
        className={
          variant === "embedded"
            ? "max-w-xs"
            : "max-w-sm sm:rounded-2xl sm:border sm:border-slate-200 sm:bg-white sm:p-8 sm:shadow-sm dark:sm:border-slate-800 dark:sm:bg-slate-900"
        }
      >
        <div aria-hidden className="mx-auto mb-4 flex size-12 items-center justify-center rounded-full bg-slate-100 text-2xl dark:bg-slate-800">
          💬
        </div>
        <h1 className="text-lg font-semibold">This chat isn&apos;t available</h1>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">The link may be out of date, or the team has paused this chat for now.</p>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          Please check the address, try again later, or contact the company another way — for example through their website or by e-mail.
        </p>
      </div>
    </main>
  );
}
