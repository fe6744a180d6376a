"use client";

import { useId } from "react";
import type { FlowTemplateId } from "@/server/flow/templates/flow-templates";

/** The templates as selectable cards (a radio group: arrow keys move between them). */
export function TemplatePicker({
  templates,
  value,
  onChange,
  error,
}: {
  templates: { id: FlowTemplateId; name: string; description: string }[];
  value: FlowTemplateId;
  onChange: (id: FlowTemplateId) => void;
  error?: string | undefined;
}) {
  const errorId = useId();
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-700">Start from</legend>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {templates.map((template) => (
          <label
            key={template.id}
            className={`flex cursor-pointer gap-3 rounded-lg border p-3 transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-100 ${
              value === template.id ? "border-brand-500 bg-brand-50" : "border-slate-200 hover:border-slate-300"
            }`}
          >
            <input
              type="radio"
              name="template"
              value={template.id}
              checked={value === template.id}
              onChange={() => onChange(template.id)}
              className="mt-1 accent-brand-600"
            />
            <span>
              <span className="block text-sm font-medium text-slate-900">{template.name}</span>
              <span className="mt-0.5 block text-xs leading-relaxed text-slate-600">{template.description}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
