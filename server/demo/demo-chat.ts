import "server-only";
import { loadConversation, type TurnConversation } from "../conversations/load-conversation";
import { postCustomerMessage } from "../conversations/post-customer-message";
import { rateChat } from "../conversations/rate-chat";
import { requestHuman } from "../conversations/request-human";
import type { TurnResponse } from "../conversations/run-turn";
import type { Runtime } from "../runtime/runtime";

/** A movable clock: the runtime of the demo history reads its `now`. */
export interface DemoClock {
  now: Date;
}

/** One customer's side of a demo conversation, through the chat's own services (as its HTTP endpoints call them). */
export class DemoChat {
  private count = 0;
  last: TurnResponse | null = null;
  /** Who the chat was with, for the comment it gets: the team whose agent last took it, nobody (asked, none there), or the bot alone. */
  handledBy: "Billing" | "Technical" | "noAgent" | null = null;

  constructor(
    private readonly runtime: Runtime,
    private readonly clock: DemoClock,
    readonly id: string,
  ) {}

  wait(seconds: number) {
    this.clock.now = new Date(this.clock.now.getTime() + seconds * 1000);
  }

  async conversation(): Promise<TurnConversation> {
    const row = await loadConversation(this.runtime.db, this.id);
    if (!row) throw new Error(`Demo conversation ${this.id} vanished.`);
    return row;
  }

  async say(text: string): Promise<TurnResponse> {
    this.last = await postCustomerMessage(this.runtime, await this.conversation(), { clientMessageId: this.key(), text });
    return this.last;
  }

  async choose(choice: string): Promise<TurnResponse> {
    this.last = await postCustomerMessage(this.runtime, await this.conversation(), { clientMessageId: this.key(), choice });
    return this.last;
  }

  /** The chat's "Talk to a person" button. */
  async press(): Promise<TurnResponse> {
    this.last = await requestHuman(this.runtime, await this.conversation(), this.key());
    return this.last;
  }

  /** The post-chat rating form (stars and a comment). */
  async rate(rating: number, comment?: string) {
    return rateChat(this.runtime, await this.conversation(), { rating, comment });
  }

  /** The choices the bot's last message offers (empty when it waits for text or nothing). */
  choices(): { id: string; label: string }[] {
    return this.last?.messages.findLast((message) => message.choices?.length)?.choices ?? [];
  }

  /** What the bot now asks: a rating, whether an article helped, a callback or a person — by the choices it offers. */
  asking(): "rating" | "helped" | "callback" | "person" | "slot" | "phone" | null {
    const ids = this.choices().map((choice) => choice.id);
    const labels = this.choices()
      .map((choice) => choice.label)
      .join(" ");
    if (ids.includes("5") && ids.includes("1")) return "rating";
    if (ids.some((id) => id.startsWith("slot-"))) return "slot";
    if (/call me back/i.test(labels)) return "callback";
    if (/person/i.test(labels)) return "person";
    if (/thanks/i.test(labels) && ids.includes("yes")) return "helped";
    const text = this.last?.messages.at(-1)?.text ?? "";
    if (/number should we call/i.test(text)) return "phone";
    return null;
  }

  private key() {
    return `demo-${this.id}-${++this.count}`;
  }
}
