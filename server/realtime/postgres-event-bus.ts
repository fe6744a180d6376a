import type pg from "pg";
import { LocalEventBus } from "./local-event-bus";

const CHANNEL = "tandem_conversation";

/**
 * Several app instances on one PostgreSQL server: NOTIFY crosses instances,
 * one LISTEN connection per instance fans out locally.
 */
export class PostgresEventBus extends LocalEventBus {
  override readonly notifiesFromDatabase = true;
  private listener: pg.PoolClient | null = null;

  constructor(private readonly pool: pg.Pool) {
    super();
  }

  private closing = false;

  async start(): Promise<this> {
    const client = await this.pool.connect();
    client.on("notification", (message) => {
      const [conversationId, seq] = (message.payload ?? "").split(":");
      if (conversationId && seq) this.emitter.emit(conversationId, Number(seq));
    });
    // A dropped LISTEN connection is replaced; streams catch up from the database on their next notification.
    client.on("error", (error) => {
      client.release(error);
      if (this.listener === client) this.listener = null;
      if (!this.closing) setTimeout(() => void this.start().catch(() => {}), 1000);
    });
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
    return this;
  }

  override async publish(conversationId: string, seq: number): Promise<void> {
    await this.pool.query("SELECT pg_notify($1, $2)", [CHANNEL, `${conversationId}:${seq}`]);
  }

  override async close(): Promise<void> {
    this.closing = true;
    await super.close();
    if (this.listener) {
      await this.listener.query(`UNLISTEN ${CHANNEL}`).catch(() => {});
      this.listener.release();
      this.listener = null;
    }
  }
}
