import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectDatabase } from "@/server/db/connect-database";

const tempDir = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tandem-create-")), "pglite");

describe("embedded database in a folder", () => {
  it("is created in a child process, opened with the buffer-cache setting, and keeps its data on reopening", async () => {
    const dir = tempDir();
    const first = await connectDatabase({ kind: "pglite", dataDir: dir, sharedBuffersMb: 24 });
    try {
      expect(fs.existsSync(path.join(dir, "PG_VERSION"))).toBe(true);
      expect((await first.pglite!.query<{ shared_buffers: string }>("SHOW shared_buffers")).rows[0]!.shared_buffers).toBe("24MB");
      await first.pglite!.exec("CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)");
    } finally {
      await first.close();
    }
    const again = await connectDatabase({ kind: "pglite", dataDir: dir });
    try {
      expect((await again.pglite!.query<{ shared_buffers: string }>("SHOW shared_buffers")).rows[0]!.shared_buffers).toBe("16MB");
      expect((await again.pglite!.query<{ id: number }>("SELECT id FROM kept")).rows).toEqual([{ id: 7 }]);
    } finally {
      await again.close();
    }
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  }, 60_000);

  it("says which folder could not be created, and leaves it unlocked", async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-create-"));
    const dir = path.join(parent, "pglite");
    fs.writeFileSync(dir, "a file where the folder should be");
    await expect(connectDatabase({ kind: "pglite", dataDir: dir })).rejects.toThrow(/creating the embedded database in .*pglite failed/);
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  }, 60_000);
});
