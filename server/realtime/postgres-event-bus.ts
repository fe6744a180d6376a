import type pg from "pg";
import { LocalEventBus } from "./local-event-bus";

const CHANNEL = "tandem_conversation";

/**
 * Several app instances on one PostgreSQL server: NOTIFY crosses instances,
 * one LISTEN connection per instance fans out locally.
 */
export class PostgresEventBus extends LocalEventBus {
  private listener: pg.PoolClient | null = null;

  constructor(private readonly pool: pg.Pool) {
    super();
  }

  async start(): Promise<this> {
    this.listener = await this.pool.connect();
    this.listener.on("notification", (message) => {
      const [conversationId, seq] = (message.payload ?? "").split(":");
      if (conversationId && seq) this.emitter.emit(conversationId, Number(seq));
    });
    await this.listener.query(`LISTEN ${CHANNEL}`);
    return this;
  }

  override async publish(conversationId: string, seq: number): Promise<void> {
    await this.pool.query("SELECT pg_notify($1, $2)", [CHANNEL, `${conversationId}:${seq}`]);
  }

  override async close(): Promise<void> {
    await super.close();
    if (this.listener) {
      await this.listener.query(`UNLISTEN ${CHANNEL}`).catch(() => {});
      this.listener.release();
      this.listener = null;
    }
  }
}
