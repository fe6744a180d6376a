import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getViewer } from "@/server/auth/get-viewer";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getViewer()) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-2xl font-bold tracking-tight text-brand-700">Tandem</p>
          <h1 className="mt-2 text-lg font-semibold text-slate-900">Sign in to your workspace</h1>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <SignInForm action={signInAction} callbackUrl={callbackUrl ?? "/"} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-500">No account? Ask an admin of your workspace to add you.</p>
      </div>
    </main>
  );
}
