"use client";

import { nodeCatalog } from "@/server/flow/node-catalog";
import { groupColors } from "../node-looks/group-colors";
import { nodeLooks } from "../node-looks/node-looks";
import { paletteGroups } from "./palette-groups";
import { PALETTE_MIME } from "./palette-drag";
import { useAddNode } from "./use-add-node";

const groups = paletteGroups();

/** The node palette: drag a step onto the canvas, or click to add it after the selected one. */
export function NodePalette() {
  const addNode = useAddNode();
  return (
    <nav aria-label="Add a step" className="h-full overflow-y-auto border-r border-slate-200 bg-white p-3">
      <p className="px-1 text-xs text-slate-500">Drag a step onto the canvas, or click to add it after the selected one.</p>
      {groups.map(({ group, types }) => (
        <section key={group} className="mt-4">
          <h2 className="px-1 text-[11px] font-semibold uppercase tracking-wider text-slate-500">{groupColors[group].label}</h2>
          <ul className="mt-1 space-y-1">
            {types.map((type) => {
              const Icon = nodeLooks[type].icon;
              return (
                <li key={type}>
                  <button
                    type="button"
                    draggable
                    data-testid={`palette-${type}`}
                    title={nodeCatalog[type].description}
                    onDragStart={(event) => {
                      event.dataTransfer.setData(PALETTE_MIME, type);
                      event.dataTransfer.effectAllowed = "move";
                    }}
                    onClick={() => addNode(type)}
                    className="flex w-full cursor-grab items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100 active:cursor-grabbing"
                  >
                    <span className={`flex h-6 w-6 items-center justify-center rounded ${groupColors[group].soft}`}>
                      <Icon className={`h-3.5 w-3.5 ${groupColors[group].text}`} />
                    </span>
                    {nodeCatalog[type].label}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
