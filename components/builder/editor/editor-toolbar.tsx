"use client";

import { useReactFlow } from "@xyflow/react";
import Link from "next/link";
import { useDoc } from "./editor-stores";
import { AnalyticsSwitch } from "../analytics/analytics-switch";
import { NodeSearch } from "./node-search";
import { SaveIndicator } from "./save-indicator";
import type { SaveState } from "./use-autosave";
import { useAutoLayout } from "./use-auto-layout";

const toolButton = "rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 disabled:text-slate-300 disabled:hover:bg-transparent";

interface ToolbarProps {
  name: string;
  saveState: SaveState;
  onRetry: () => void;
  /** The measured canvas is showing (editing tools rest). */
  analytics: boolean;
  onAnalytics: (on: boolean) => void;
}

/** The editor's top bar: back to the list, the flow's name, save state, history and canvas tools. */
export function EditorToolbar({ name, saveState, onRetry, analytics, onAnalytics }: ToolbarProps) {
  const canUndo = useDoc((state) => state.past.length > 0);
  const canRedo = useDoc((state) => state.future.length > 0);
  const undo = useDoc((state) => state.undo);
  const redo = useDoc((state) => state.redo);
  const { fitView } = useReactFlow();
  const autoLayout = useAutoLayout();
  return (
    <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-4 py-2">
      <Link href="/flows" className="text-sm text-slate-500 hover:text-slate-900">
        ← Flows
      </Link>
      <h1 className="truncate text-base font-semibold text-slate-900">{name}</h1>
      <SaveIndicator state={saveState} onRetry={onRetry} />
      <AnalyticsSwitch on={analytics} onChange={onAnalytics} />
      <div className="ml-auto flex items-center gap-1" role="toolbar" aria-label="Canvas tools" hidden={analytics}>
        <button type="button" className={toolButton} onClick={undo} disabled={!canUndo} title="Undo (Ctrl/Cmd+Z)">
          Undo
        </button>
        <button type="button" className={toolButton} onClick={redo} disabled={!canRedo} title="Redo (Shift+Ctrl/Cmd+Z)">
          Redo
        </button>
        <button type="button" className={toolButton} onClick={() => void autoLayout()} title="Arrange the flow left to right">
          Auto-layout
        </button>
        <button type="button" className={toolButton} onClick={() => void fitView({ duration: 300, padding: 0.15 })} title="Fit view (Shift+1)">
          Fit view
        </button>
        <NodeSearch />
      </div>
    </header>
  );
}
