import "server-only";
import { loadViewer } from "../auth/load-viewer";
import { isOpen, localTime, type BusinessHoursSpec } from "../handoff/business-hours";
import { hoursOf } from "../handoff/team-availability";
import { completeCallback } from "../handoff/complete-callback";
import { recordHeartbeat } from "../handoff/record-heartbeat";
import { setPresence } from "../handoff/set-presence";
import type { Agent } from "../handoff/agent-scope";
import type { Runtime } from "../runtime/runtime";
import { SeededRandom } from "./seeded-random";

export type DemoTeam = "Billing" | "Technical";
const EMAILS: Record<DemoTeam, string> = { Billing: "sam@acme.test", Technical: "alex@acme.test" };

/**
 * The demo's two agents through a month: online in office hours (through the presence and heartbeat services the
 * inbox calls), a lunch break, a day off now and then, and the callbacks they call back once due.
 */
export class DemoStaff {
  private online = new Map<DemoTeam, boolean>();
  private callbacks: { id: string; dueAt: Date; team: DemoTeam }[] = [];

  private constructor(
    readonly agents: Record<DemoTeam, Agent>,
    readonly teamIds: Record<DemoTeam, string>,
    private readonly hours: BusinessHoursSpec | null,
    private readonly random: SeededRandom,
  ) {}

  static async load(runtime: Runtime, workspaceId: string, seed: number): Promise<DemoStaff> {
    const agents = {} as Record<DemoTeam, Agent>;
    const teamIds = {} as Record<DemoTeam, string>;
    for (const team of ["Billing", "Technical"] as const) {
      const user = await runtime.db.user.findUniqueOrThrow({ where: { email: EMAILS[team] } });
      const viewer = await loadViewer(runtime.db, user.id);
      if (!viewer || viewer.workspaceId !== workspaceId) throw new Error(`The demo agent ${EMAILS[team]} is not in the demo workspace.`);
      agents[team] = viewer;
      teamIds[team] = (await runtime.db.team.findFirstOrThrow({ where: { workspaceId, name: team } })).id;
    }
    const row = await runtime.db.team.findUniqueOrThrow({ where: { id: teamIds.Billing }, include: { businessHours: true } });
    return new DemoStaff(agents, teamIds, hoursOf(row), new SeededRandom(seed ^ 0x5eed));
  }

  /** Sets both agents online or offline as their day says, and calls back the callbacks that came due. */
  async sync(runtime: Runtime): Promise<void> {
    const now = runtime.now();
    for (const team of ["Billing", "Technical"] as const) {
      const want = this.working(team, now);
      // Read back: a sweep may have found the agent's heartbeat stale meanwhile, as it would a closed inbox tab.
      const { presence } = await runtime.db.membership.findUniqueOrThrow({ where: { id: this.agents[team].membershipId }, select: { presence: true } });
      if (want && presence === "ONLINE") await recordHeartbeat(runtime, this.agents[team]);
      else if (want || presence !== "OFFLINE") await setPresence(runtime, this.agents[team], want ? "ONLINE" : "OFFLINE");
      this.online.set(team, want);
    }
    const due = this.callbacks.filter((callback) => callback.dueAt.getTime() + 20 * 60_000 <= now.getTime() && this.working(callback.team, now));
    for (const callback of due) {
      await completeCallback(runtime, this.agents[callback.team], callback.id, this.random.chance(0.8) ? "DONE" : "MISSED");
    }
    this.callbacks = this.callbacks.filter((callback) => !due.includes(callback));
  }

  /** The callback the customer of `conversationId` just booked: someone calls once it is due. */
  async rememberCallbackOf(runtime: Runtime, conversationId: string): Promise<void> {
    const callback = await runtime.db.callback.findFirst({ where: { conversationId, status: "PENDING" }, orderBy: { createdAt: "desc" } });
    if (!callback) return;
    this.callbacks.push({ id: callback.id, dueAt: callback.dueAt, team: callback.teamId === this.teamIds.Technical ? "Technical" : "Billing" });
  }

  /** Whether the agent of `team` is at work now (as the last sync set them). */
  isOnline(team: DemoTeam): boolean {
    return this.online.get(team) ?? false;
  }

  /** The demo team a conversation is queued for (Billing when it names none). */
  teamOf(teamId: string | null): DemoTeam {
    return teamId === this.teamIds.Technical ? "Technical" : "Billing";
  }

  /** Both offline at the end: the inbox a new user opens shows the team as it is now, not as the script left it. */
  async goHome(runtime: Runtime): Promise<void> {
    for (const team of ["Billing", "Technical"] as const) await setPresence(runtime, this.agents[team], "OFFLINE");
  }

  /** In office hours, not at lunch (Sam 12:00–12:30, Alex 12:30–13:00, office time), and not on their day off (about one weekday in twenty). */
  private working(team: DemoTeam, at: Date): boolean {
    if (!this.hours || !isOpen(this.hours, at)) return false;
    const { minutes } = localTime(at, this.hours.timeZone);
    const lunch = team === "Billing" ? 720 : 750;
    if (minutes >= lunch && minutes < lunch + 30) return false;
    const day = Math.floor(at.getTime() / 86_400_000);
    return (day * (team === "Billing" ? 7 : 11)) % 20 !== 3;
  }
}
