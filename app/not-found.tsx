import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">This page doesn&apos;t exist</h1>
      <p className="mt-2 max-w-md text-sm text-slate-600">The link may be old or mistyped. If you followed a chat link, the flow may have been unpublished.</p>
      <Link href="/" className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        Go to Tandem
      </Link>
    </main>
  );
}
