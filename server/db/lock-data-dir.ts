import fs from "node:fs";

/**
 * PGlite keeps its data in a folder that only one process may open at a time;
 * a second opener corrupts it. A pid file next to the folder turns that into a
 * clear error. Returns the function that releases the lock.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = `${dataDir.replace(/\/+$/, "")}.lock`;
  const holder = readHolder(lockPath);
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database at ${dataDir} is already open in process ${holder} ` +
        `(another "npm run dev" or "npm start"?). Stop that process, or point ` +
        `PGLITE_DATA_DIR at another folder.`,
    );
  }
  fs.writeFileSync(lockPath, String(process.pid));
  const release = () => {
    if (readHolder(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.once("exit", release);
  return release;
}

function readHolder(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
