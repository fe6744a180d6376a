// For playwright.instances.config.ts: a fresh database on the PostgreSQL server of
// TEST_DATABASE_URL, the demo seeded into it, and two production servers (`npm start`)
// on it — instance B first, then A, so that when A answers both do. Stops both when
// Playwright stops it. Usage: node start-servers.mjs <port A> <port B>
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";

const [portA, portB] = process.argv.slice(2);
const server = new URL(process.env.TEST_DATABASE_URL ?? "");
const name = `${decodeURIComponent(server.pathname.slice(1)) || "tandem"}_instances`;
const admin = new pg.Client({ connectionString: server.toString() });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${name}"`);
await admin.end();
const database = new URL(server);
database.pathname = `/${name}`;
const env = { ...process.env, DATABASE_URL: database.toString() };

if (spawnSync("npm", ["run", "db:seed"], { env, stdio: "inherit" }).status !== 0) process.exit(1);

// The servers run npm start's own command line, in this process's group: Playwright ends the group when it is done.
const [command, ...startArgs] = JSON.parse(fs.readFileSync("package.json", "utf8")).scripts.start.split(/\s+/);
const children = [];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

async function start(port, label) {
  const child = spawn(command, [...startArgs, "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
  children.push(child);
  child.on("exit", (code) => {
    console.error(`[instances] instance ${label} exited (${code})`);
    stop();
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/sign-in`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`instance ${label} did not start on port ${port}`);
}

await start(portB, "B");
await start(portA, "A");
console.error(`[instances] A on :${portA}, B on :${portB}, one database (${name})`);
setInterval(() => {}, 1 << 30); // stay up until Playwright stops us
