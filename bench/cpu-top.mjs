// node bench/cpu-top.mjs file.cpuprofile [n] — the top functions of a V8 CPU profile by self time
// (share of the busy samples: idle and program excluded), to compare before/after in a note.
import fs from "node:fs";
import { sourcePosition } from "./source-position.mjs";

const [file, n = "15"] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
let busy = 0;
for (const id of profile.samples) {
  const { callFrame } = byId.get(id);
  if (callFrame.functionName === "(idle)" || callFrame.functionName === "(program)") continue;
  const key = sourcePosition(callFrame);
  self.set(key, (self.get(key) ?? 0) + 1);
  busy++;
}
console.log(`${busy} busy samples of ${profile.samples.length}`);
for (const [key, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(n))) console.log(`${((100 * count) / busy).toFixed(1).padStart(5)} %  ${key}`);
