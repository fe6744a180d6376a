"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <h1 className="text-xl font-semibold text-slate-900">Something went wrong on our side</h1>
      <p className="mt-2 max-w-md text-sm text-slate-600">
        Nothing you did caused this. Try again; if it keeps happening, tell your admin
        {error.digest ? ` and quote reference ${error.digest}` : ""}.
      </p>
      <button onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        Try again
      </button>
    </main>
  );
}
