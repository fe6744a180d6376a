import { EventEmitter } from "node:events";
import type { EventBus } from "./event-bus";
import type { LiveSignal } from "./live-signal";

const ALL = Symbol("all conversations");
const ALL_SIGNALS = Symbol("all signals");
const signalTopic = (conversationId: string) => `signal:${conversationId}`;

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

  async signal(conversationId: string, signal: LiveSignal): Promise<void> {
    this.deliverSignal(conversationId, signal);
  }

  subscribeSignals(conversationId: string, listener: (signal: LiveSignal) => void): () => void {
    this.emitter.on(signalTopic(conversationId), listener);
    return () => this.emitter.off(signalTopic(conversationId), listener);
  }

  subscribeAllSignals(listener: (conversationId: string, signal: LiveSignal) => void): () => void {
    this.emitter.on(ALL_SIGNALS, listener);
    return () => this.emitter.off(ALL_SIGNALS, listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }

  /** Hands a notification to this process's listeners. */
  protected deliver(conversationId: string, seq: number): void {
    this.emitter.emit(conversationId, seq);
    this.emitter.emit(ALL, conversationId, seq);
  }

  /** Hands a signal to this process's listeners. */
  protected deliverSignal(conversationId: string, signal: LiveSignal): void {
    this.emitter.emit(signalTopic(conversationId), signal);
    this.emitter.emit(ALL_SIGNALS, conversationId, signal);
  }
}
