"use client";

import type { FlowSettings } from "@/server/flow/schema";
import { botNameSchema, parseAvatarUrl, parseColor, parseWith } from "./settings-schemas";
import { ValidatedField } from "./validated-field";

type Appearance = FlowSettings["appearance"];

/** Drops the key when cleared, so a flow without a picture keeps the document it had. */
function withAvatar(appearance: Appearance, botAvatarUrl: string | undefined): Appearance {
  const { botAvatarUrl: _previous, ...rest } = appearance;
  return botAvatarUrl ? { ...rest, botAvatarUrl } : rest;
}

/** The bot's name and colour in the chat window, with a small preview. */
export function AppearanceSettings({ appearance, onChange }: { appearance: Appearance; onChange(appearance: Appearance): void }) {
  return (
    <div className="space-y-3">
      <ValidatedField
        label="Bot name"
        hint="Shown in the chat header; texts can use {{bot_name}}."
        value={appearance.botName}
        format={(name) => name}
        parse={(text) => parseWith(botNameSchema, text.trim())}
        onCommit={(botName) => onChange({ ...appearance, botName })}
        maxLength={40}
      />
      <div className="flex items-start gap-2">
        <ValidatedField
          label="Colour"
          hint="A hex colour like #2952d9."
          className="flex-1"
          value={appearance.color}
          format={(color) => color}
          parse={parseColor}
          onCommit={(color) => onChange({ ...appearance, color })}
          spellCheck={false}
        />
        <input
          type="color"
          aria-label="Pick the colour"
          value={appearance.color.toLowerCase()}
          onChange={(event) => onChange({ ...appearance, color: event.target.value })}
          className="mt-6 h-9 w-11 shrink-0 cursor-pointer rounded-md border border-slate-300 bg-white p-1"
        />
      </div>
      <ValidatedField
        label="Bot picture (optional)"
        hint="An https:// address of a square image; without one the chat shows the bot's initials."
        value={appearance.botAvatarUrl}
        format={(url) => url ?? ""}
        parse={parseAvatarUrl}
        onCommit={(botAvatarUrl) => onChange(withAvatar(appearance, botAvatarUrl))}
        type="url"
        spellCheck={false}
      />
      <div aria-hidden className="overflow-hidden rounded-lg border border-slate-200 text-sm">
        <div className="px-3 py-2 font-medium text-white" style={{ backgroundColor: appearance.color }}>
          {appearance.botName}
        </div>
        <div className="bg-slate-50 px-3 py-2 text-slate-600">How the chat header will look.</div>
      </div>
    </div>
  );
}
