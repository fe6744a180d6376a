import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataDir } from "@/server/db/lock-data-dir";

const tempDir = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tandem-lock-")), "pglite");

describe("embedded database lock", () => {
  it("takes a free folder and releases it", () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it("takes over a lock left by a process that is gone", async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => child.on("exit", resolve));
    fs.writeFileSync(`${dir}.lock`, String(child.pid));
    const release = lockDataDir(dir);
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
  });

  it("refuses a folder another live process holds, naming it", async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      fs.writeFileSync(`${dir}.lock`, String(child.pid));
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`already open in process ${child.pid}`));
    } finally {
      child.kill();
    }
  });
});
