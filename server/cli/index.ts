// npm run cli -- <command>: operator tasks outside the web app.
import { seedDemoWorkspace } from "../../prisma/seed";
import { seedDemoHistory } from "../demo/seed-demo-history";
import { connectDatabase } from "../db/connect-database";
import { migrateDatabase } from "../db/migrate-database";
import { resolveTarget } from "../db/resolve-target";
import { parseEnv } from "../env-schema";
import { createApiTokenForAdmin } from "../workspace/create-api-token-for-admin";

const commands = {
  "db:migrate": {
    help: "apply pending migrations to the configured database",
    run: async () => {
      await withDatabase(async (database) => {
        const report = await database.withSession((sql) => migrateDatabase(sql));
        console.log(`${report.applied.length} migration(s) applied: ${report.applied.join(", ") || "none"}`);
      });
    },
  },
  "db:seed": {
    help: "create (or complete) the demo workspace Acme Support",
    run: async () => {
      await withDatabase(async (database) => {
        await database.withSession((sql) => migrateDatabase(sql));
        const seeded = await seedDemoWorkspace(database.prisma);
        console.log(`Seeded "${seeded.workspaceName}". Sign in as ${seeded.adminEmail} (password in the README).`);
      });
    },
  },
  "demo-history": {
    help: "play 30 days of demo conversations into the demo workspace Acme Support (once, while it has none)",
    run: async () => {
      await withDatabase(async (database) => {
        const history = await seedDemoHistory(database.prisma, { log: (level, message) => level === "error" && console.error(message) });
        console.log(`Seeded 30 days of demo conversations (${history.conversations}) in ${history.seconds.toFixed(1)} s`);
      });
    },
  },
  "api-token": {
    help: "api-token create --email <admin email> --name <label>: print a new workspace API token (shown once)",
    run: async (args) => {
      const option = (name: string) => args[args.indexOf(`--${name}`) + 1];
      if (args[0] !== "create" || !args.includes("--email") || !args.includes("--name")) {
        throw new Error("Usage: npm run cli -- api-token create --email <admin email> --name <label>");
      }
      await withDatabase(async (database) => {
        const { token, secret } = await createApiTokenForAdmin(database.prisma, { email: option("email")!, name: option("name")! });
        console.log(secret);
        console.error(
          `Token "${token.name}" (${token.prefix}…) created. Keep it safe: it is shown only this once (Settings → API tokens lists and revokes it). Use it as 'Authorization: Bearer <token>'.`,
        );
      });
    },
  },
} satisfies Record<string, { help: string; run: (args: string[]) => Promise<void> }>;

async function withDatabase(fn: (database: Awaited<ReturnType<typeof connectDatabase>>) => Promise<void>) {
  const env = parseEnv({ AUTH_SECRET: "x".repeat(32), ...process.env });
  const database = await connectDatabase(resolveTarget(env));
  try {
    await fn(database);
  } finally {
    await database.close();
  }
}

const [name, ...args] = process.argv.slice(2);
// Own names only: `npm run cli -- constructor` is an unknown command, not Object.prototype's.
const command = name && Object.hasOwn(commands, name) ? commands[name as keyof typeof commands] : undefined;
if (!command) {
  console.error(`Usage: npm run cli -- <command>\n\nCommands:`);
  for (const [key, value] of Object.entries(commands)) console.error(`  ${key.padEnd(12)} ${value.help}`);
  process.exit(name ? 1 : 0);
}
try {
  await command.run(args);
} catch (error) {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
}
