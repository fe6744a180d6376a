"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { href: "/settings/members", label: "Members" },
  { href: "/settings/teams", label: "Teams" },
  { href: "/settings/priorities", label: "Priorities" },
  { href: "/settings/knowledge-base", label: "Knowledge base" },
  { href: "/settings/canned-replies", label: "Canned replies" },
  { href: "/settings/api-tokens", label: "API tokens" },
  { href: "/settings/webhooks", label: "Webhooks" },
  { href: "/settings/identity", label: "Identity" },
  { href: "/settings/llm", label: "LLM provider" },
];

export function SettingsNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="mb-6 flex flex-wrap gap-1 border-b border-slate-200">
      {sections.map((section) => {
        const current = pathname.startsWith(section.href);
        return (
          <Link
            key={section.href}
            href={section.href}
            aria-current={current ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
              current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"
            }`}
          >
            {section.label}
          </Link>
        );
      })}
    </nav>
  );
}
