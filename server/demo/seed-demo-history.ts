import "server-only";
import type { DbClient } from "../db/db-client";
import { DomainError } from "../errors";
import { runSweeps } from "../jobs/run-sweeps";
import { EmbeddedNlu } from "../nlu/embedded-nlu";
import { LocalEventBus } from "../realtime/local-event-bus";
import type { Runtime } from "../runtime/runtime";
import { TtlCache } from "../runtime/ttl-cache";
import type { DemoClock } from "./demo-chat";
import { DemoStaff } from "./demo-staff";
import { DEMO_ABANDON_AFTER_SECONDS } from "./play-demo-handoff";
import { playDemoConversation } from "./play-demo-conversation";
import { planDemoHistory } from "./plan-demo-history";

export const DEMO_HISTORY_SEED = 20261207;

export interface DemoHistoryOptions {
  /** The end of the month played (the history stops an hour before it). */
  now?: Date;
  seed?: number;
  days?: number;
  log?: (level: "info" | "error", message: string, data?: Record<string, unknown>) => void;
}

/**
 * Plays a month of support conversations into the demo workspace "Acme Support" through the product's own services — the
 * chat's turn service, the inbox's accept / reply / resolve / hand back / transfer, the callback booking, the rating, the
 * sweeps — on a clock moved by hand, from a fixed seed. Refused (nothing written) when the workspace at /c/acme is not
 * the demo, or when it already has conversations: running it twice adds nothing.
 */
export async function seedDemoHistory(db: DbClient, options: DemoHistoryOptions = {}) {
  const started = performance.now();
  const now = options.now ?? new Date();
  const workspace = await db.workspace.findUnique({ where: { slug: "acme" } });
  const flow = workspace && (await db.flow.findFirst({ where: { workspaceId: workspace.id, slug: "acme", publishedVersionId: { not: null } } }));
  const demoPeople = workspace
    ? await db.membership.count({ where: { workspaceId: workspace.id, user: { email: { in: ["sam@acme.test", "alex@acme.test"] } } } })
    : 0;
  if (!workspace || workspace.name !== "Acme Support" || !flow || demoPeople !== 2) {
    throw new DomainError(
      "CONFLICT",
      'This database has no demo workspace "Acme Support" (with its flow at /c/acme and Sam and Alex): demo history goes only there. Run `npm run db:seed` on an empty database first.',
    );
  }
  const existing = await db.conversation.count({ where: { workspaceId: workspace.id } });
  if (existing > 0) {
    throw new DomainError(
      "CONFLICT",
      `The demo workspace already has ${existing} conversation(s): its history is left as it is (demo history is added once, to a demo with none).`,
    );
  }

  // A customer who goes quiet in the queue for two minutes has left (the product's default is ten).
  await db.workspace.update({ where: { id: workspace.id }, data: { abandonAfterSeconds: DEMO_ABANDON_AFTER_SECONDS } });
  const clock: DemoClock = { now: new Date(Math.floor(now.getTime() / 86_400_000 - (options.days ?? 30)) * 86_400_000) };
  const bus = new LocalEventBus();
  const runtime: Runtime = {
    db,
    bus,
    nlu: new EmbeddedNlu(),
    llm: null,
    http: { request: async () => ({ ok: false, status: 503, json: null }) },
    // The demo sends no e-mail and calls no webhook.
    mail: { mailer: null, from: "Tandem <tandem@localhost>" },
    now: () => clock.now,
    log: options.log ?? (() => {}),
    cache: new TtlCache(() => clock.now.getTime()),
  };
  const staff = await DemoStaff.load(runtime, workspace.id, options.seed ?? DEMO_HISTORY_SEED);
  const plans = planDemoHistory(now, options.seed ?? DEMO_HISTORY_SEED, options.days ?? 30);
  let played = 0;
  try {
    for (const plan of plans) {
      // One at a time, so the clock never runs backwards: a chat that would start inside the last one waits for it.
      clock.now = new Date(Math.max(plan.at.getTime(), clock.now.getTime() + 60_000));
      if (clock.now.getTime() > now.getTime() - 600_000) break;
      await playDemoConversation(runtime, clock, staff, plan);
      played++;
    }
    clock.now = new Date(now.getTime() - 60_000);
    await staff.goHome(runtime);
    await runSweeps(runtime, clock.now);
  } finally {
    await bus.close();
  }
  return { workspaceId: workspace.id, conversations: played, seconds: (performance.now() - started) / 1000 };
}
