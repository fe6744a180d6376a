// Maps a position in a built chunk (.next/server/chunks/*.js) to its source file and line through the
// chunk's source map, for the profile summaries (bench/cpu-top.mjs, bench/turn-alloc.ts).
import fs from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

const maps = new Map();

/** "name file:line" of a V8 call frame (0-based line and column), in source terms when a map is found. */
export function sourcePosition({ functionName, url, lineNumber, columnNumber }) {
  const file = url.startsWith("file:") ? fileURLToPath(url) : url;
  if (!maps.has(file)) {
    let map = null;
    try {
      if (file.endsWith(".js") && fs.existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")));
    } catch {
      map = null;
    }
    maps.set(file, map);
  }
  const map = maps.get(file);
  const entry = map?.findEntry(lineNumber, columnNumber);
  if (entry && entry.originalSource) {
    const source = entry.originalSource.replace(/^.*?\/(server|node_modules|components|app|lib)\//, "$1/");
    return `${functionName || entry.name || "(anonymous)"} ${source}:${entry.originalLine + 1}`;
  }
  return `${functionName || "(anonymous)"} ${file.split("/").slice(-2).join("/")}:${lineNumber + 1}`;
}
