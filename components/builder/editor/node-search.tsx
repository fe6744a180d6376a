"use client";

import { useMemo, useState } from "react";
import { nodeCatalog } from "@/server/flow/node-catalog";
import { useDoc } from "./editor-stores";
import { useFocusNode } from "./use-focus-node";

/** Finds a step by its id, type or any text in its settings, and focuses it. */
export function NodeSearch() {
  const [query, setQuery] = useState("");
  const nodes = useDoc((state) => state.draft.nodes);
  const focusNode = useFocusNode();
  const results = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (!needle) return [];
    return nodes.filter((node) => `${node.id} ${nodeCatalog[node.type].label} ${JSON.stringify(node.data)}`.toLowerCase().includes(needle)).slice(0, 8);
  }, [nodes, query]);
  const choose = (nodeId: string) => {
    focusNode(nodeId);
    setQuery("");
  };
  return (
    <div className="relative">
      <label htmlFor="node-search" className="sr-only">
        Find a step
      </label>
      <input
        id="node-search"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && results[0]) choose(results[0].id);
          if (event.key === "Escape") setQuery("");
        }}
        placeholder="Find a step…"
        className="w-44 rounded-md border border-slate-300 px-2 py-1 text-sm"
      />
      {results.length ? (
        <ul className="absolute right-0 z-20 mt-1 w-72 rounded-md border border-slate-200 bg-white py-1 shadow-lg" aria-label="Matching steps">
          {results.map((node) => (
            <li key={node.id}>
              <button type="button" onClick={() => choose(node.id)} className="w-full px-3 py-1.5 text-left text-sm hover:bg-slate-50">
                {nodeCatalog[node.type].label} <span className="font-mono text-xs text-slate-500">{node.id}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : query.trim() ? (
        <p className="absolute right-0 z-20 mt-1 w-56 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-500 shadow-lg">
          No step matches.
        </p>
      ) : null}
    </div>
  );
}
