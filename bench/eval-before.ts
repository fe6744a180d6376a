// The escalation detectors as they were at a git ref (EVAL_BEFORE=main), for before/after figures in npm run eval:nlu:
// server/nlu of that ref is extracted under node_modules/.cache/ (out of git, tsc and vitest) and imported from there.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { FrustrationSignal } from "../server/engine/ports";
import { EmbeddedNlu } from "../server/nlu/embedded-nlu";

export interface DetectorPair {
  detectHumanRequest(text: string): "human" | "callback" | null;
  detectFrustration(text: string, language: string | null): FrustrationSignal;
}

/** The detectors of `ref`, and an NLU for the end-to-end runtime that uses them. */
export async function detectorsAt(ref: string): Promise<{ pair: DetectorPair; nlu: EmbeddedNlu }> {
  const folder = path.resolve("node_modules/.cache/eval-before", ref.replace(/[^\w.-]/g, "_"));
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const archive = execFileSync("git", ["archive", ref, "server/nlu"], { maxBuffer: 1 << 28 });
  execFileSync("tar", ["-x", "-C", folder], { input: archive });
  const human = (await import(path.join(folder, "server/nlu/detect-human-request.ts"))) as Pick<DetectorPair, "detectHumanRequest">;
  const frustration = (await import(path.join(folder, "server/nlu/detect-frustration.ts"))) as Pick<DetectorPair, "detectFrustration">;
  const pair: DetectorPair = {
    detectHumanRequest: (text) => human.detectHumanRequest(text),
    detectFrustration: (text, language) => frustration.detectFrustration(text, language),
  };
  class BeforeNlu extends EmbeddedNlu {
    override detectHumanRequest(text: string) {
      return pair.detectHumanRequest(text);
    }
    override detectFrustration(text: string, language: string | null) {
      return pair.detectFrustration(text, language);
    }
  }
  return { pair, nlu: new BeforeNlu() };
}
