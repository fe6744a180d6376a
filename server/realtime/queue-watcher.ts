import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { QueueStatus } from "../handoff/queue-status";
import { estimateWait, teamWaitFactors } from "../handoff/team-wait-factors";

/** At most one recount per this many ms, however busy the bus is. */
const MIN_INTERVAL_MS = 500;
/** Recount anyway this often: agents coming online or leaving change the estimate without a conversation changing. */
const REFRESH_MS = 15_000;

type Listener = (status: QueueStatus) => void;

/**
 * Pushes each queued customer's place in line and wait estimate to their
 * open stream whenever it changes. One per runtime (per process): any
 * conversation change on the bus may move a queue, so it recounts the queues
 * of the watched conversations in one query — at most twice a second — and
 * tells only the streams whose figures changed. Every instance watches its
 * own streams, so it works the same with several instances.
 */
export class QueueWatcher {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly lastSent = new Map<string, string>();
  private unsubscribe: (() => void) | null = null;
  private refresh: ReturnType<typeof setInterval> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastRun = 0;
  private running = false;
  private pending = false;

  constructor(private readonly runtime: Runtime) {}

  /** Calls `listener` with the conversation's queue status now (if queued) and on every change. */
  watch(conversationId: string, listener: Listener): () => void {
    let set = this.listeners.get(conversationId);
    if (!set) this.listeners.set(conversationId, (set = new Set()));
    set.add(listener);
    this.lastSent.delete(conversationId); // a new stream gets the current figures at once
    this.start();
    this.schedule();
    return () => {
      set.delete(listener);
      if (set.size === 0) {
        this.listeners.delete(conversationId);
        this.lastSent.delete(conversationId);
      }
      if (this.listeners.size === 0) this.stop();
    };
  }

  private start() {
    if (this.unsubscribe) return;
    this.unsubscribe = this.runtime.bus.subscribeAll(() => this.schedule());
    this.refresh = setInterval(() => this.schedule(), REFRESH_MS);
    this.refresh.unref?.();
  }

  private stop() {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.refresh) clearInterval(this.refresh);
    if (this.timer) clearTimeout(this.timer);
    this.refresh = this.timer = null;
  }

  private schedule() {
    if (this.running) {
      this.pending = true;
      return;
    }
    if (this.timer) return;
    const wait = Math.max(0, this.lastRun + MIN_INTERVAL_MS - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.recount();
    }, wait);
  }

  private async recount() {
    const ids = [...this.listeners.keys()];
    if (ids.length === 0) return;
    this.running = true;
    this.lastRun = Date.now();
    try {
      const rows = await this.runtime.db.$queryRawUnsafe<{ id: string; teamId: string | null; position: bigint | number }[]>(
        `SELECT id, "teamId", position FROM (
           SELECT id, "teamId", row_number() OVER (PARTITION BY "teamId" ORDER BY priority DESC, "queuedAt" ASC, id ASC) AS position
           FROM "Conversation"
           WHERE status = 'QUEUED' AND "teamId" IN (SELECT "teamId" FROM "Conversation" WHERE id = ANY($1::text[]))
         ) queue WHERE id = ANY($1::text[])`,
        ids,
      );
      const queued = new Set(rows.map((row) => row.id));
      for (const id of ids) if (!queued.has(id)) this.lastSent.delete(id); // back in a queue later: say so again
      const teams = [...new Set(rows.map((row) => row.teamId))];
      const factors = new Map(
        await Promise.all(
          teams.map(
            async (teamId) => [teamId, await this.runtime.cache.get(`wait-factors:${teamId}`, 5_000, () => teamWaitFactors(this.runtime.db, teamId))] as const,
          ),
        ),
      );
      for (const row of rows) {
        const position = Number(row.position);
        const status = { position, estimatedWaitSeconds: estimateWait(position, factors.get(row.teamId)!) };
        const key = JSON.stringify(status);
        if (this.lastSent.get(row.id) === key) continue;
        this.lastSent.set(row.id, key);
        for (const listener of this.listeners.get(row.id) ?? []) listener(status);
      }
    } catch (error) {
      this.runtime.log("error", "queue recount failed", { error: String(error) });
    } finally {
      this.running = false;
      if (this.pending) {
        this.pending = false;
        this.schedule();
      }
    }
  }
}

const watchers = new WeakMap<Runtime, QueueWatcher>();

/** The runtime's queue watcher, made on first use. */
export function queueWatcherFor(runtime: Runtime): QueueWatcher {
  let watcher = watchers.get(runtime);
  if (!watcher) watchers.set(runtime, (watcher = new QueueWatcher(runtime)));
  return watcher;
}
