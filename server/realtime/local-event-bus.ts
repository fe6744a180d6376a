import { EventEmitter } from "node:events";
import type { EventBus } from "./event-bus";

const ALL = Symbol("all conversations");

/** The embedded mode's bus: one process, so an in-process emitter is all it takes. */
export class LocalEventBus implements EventBus {
  readonly notifiesFromDatabase: boolean = false;
  protected readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(conversationId: string, seq: number): Promise<void> {
    this.deliver(conversationId, seq);
  }

  subscribe(conversationId: string, listener: (seq: number) => void): () => void {
    this.emitter.on(conversationId, listener);
    return () => this.emitter.off(conversationId, listener);
  }

  subscribeAll(listener: (conversationId: string, seq: number) => void): () => void {
    this.emitter.on(ALL, listener);
    return () => this.emitter.off(ALL, listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }

  /** Hands a notification to this process's listeners. */
  protected deliver(conversationId: string, seq: number): void {
    this.emitter.emit(conversationId, seq);
    this.emitter.emit(ALL, conversationId, seq);
  }
}
