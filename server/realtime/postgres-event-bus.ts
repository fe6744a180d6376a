import pg from "pg";
import { liveSignalSchema, type LiveSignal } from "./live-signal";
import { LocalEventBus } from "./local-event-bus";

const CHANNEL = "tandem_conversation";
const SIGNAL_CHANNEL = "tandem_signal";

/**
 * Several app instances on one PostgreSQL server: the turn's own statement
 * sends NOTIFY (so notifiesFromDatabase), and one dedicated LISTEN connection
 * per instance fans the notifications out locally. A dropped connection is
 * replaced; streams catch up from the database on their next notification.
 */
export class PostgresEventBus extends LocalEventBus {
  override readonly notifiesFromDatabase = true;
  private listener: pg.Client | null = null;
  private closing = false;

  constructor(private readonly pool: pg.Pool) {
    super();
  }

  async start(): Promise<this> {
    const client = new pg.Client(this.pool.options);
    client.on("notification", (message) => {
      if (message.channel === SIGNAL_CHANNEL) return this.receiveSignal(message.payload ?? "");
      const [conversationId, seq] = (message.payload ?? "").split(":");
      if (conversationId && seq) this.deliver(conversationId, Number(seq));
    });
    client.on("error", () => {
      if (this.listener === client) this.listener = null;
      client.end().catch(() => {});
      if (!this.closing) setTimeout(() => void this.start().catch(() => {}), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}; LISTEN ${SIGNAL_CHANNEL}`);
    if (this.closing) {
      await client.end();
      return this;
    }
    this.listener = client;
    return this;
  }

  override async publish(conversationId: string, seq: number): Promise<void> {
    await this.pool.query("SELECT pg_notify($1, $2)", [CHANNEL, `${conversationId}:${seq}`]);
  }

  override async signal(conversationId: string, signal: LiveSignal): Promise<void> {
    await this.pool.query("SELECT pg_notify($1, $2)", [SIGNAL_CHANNEL, JSON.stringify({ conversationId, signal })]);
  }

  private receiveSignal(payload: string): void {
    try {
      const { conversationId, signal } = JSON.parse(payload) as { conversationId: unknown; signal: unknown };
      const parsed = liveSignalSchema.safeParse(signal);
      if (typeof conversationId === "string" && parsed.success) this.deliverSignal(conversationId, parsed.data);
    } catch {
      // not ours: ignore
    }
  }

  override async close(): Promise<void> {
    this.closing = true;
    await super.close();
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => {});
  }
}
