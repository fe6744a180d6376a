import { customerNames, type Topic } from "./demo-history-lines";
import { SeededRandom } from "./seeded-random";

/** How a planned conversation goes on the bot's side. */
export type DemoOpening =
  | "knowledge_helped"
  | "knowledge_left"
  | "unclear_then_clear"
  | "foreign_then_english"
  | "not_helped"
  | "no_article"
  | "explicit_request"
  | "button"
  | "frustrated"
  | "topic_rule"
  | "never_understood"
  | "repeated";

/** What the person (or the customer, waiting) does once the conversation is queued. */
export type DemoAgentPath = "resolve" | "hand_back" | "transfer" | "abandon";

export interface DemoConversationPlan {
  at: Date;
  opening: DemoOpening;
  topic: Topic;
  customer: { name: string; email: string } | null;
  agentPath: DemoAgentPath;
  /** Seconds the queued customer waits for an accept (under the demo teams' 180 s max wait). */
  waitSeconds: number;
  /** The stars given at the end, or null (no rating); a comment on some. */
  rating: number | null;
  comment: boolean;
  /** When no person is available: book a callback, decline it, or say nothing more. */
  noAgent: "callback" | "decline" | "leave";
  /** A value in [0, 1) for the player's own small choices (which line, which slot). */
  salt: number;
}

const openings: Record<DemoOpening, number> = {
  knowledge_helped: 38,
  knowledge_left: 8,
  unclear_then_clear: 9,
  foreign_then_english: 5,
  not_helped: 7,
  no_article: 5,
  explicit_request: 7,
  button: 6,
  frustrated: 4,
  topic_rule: 2,
  never_understood: 3,
  repeated: 2,
};
const BOT_ONLY = new Set<DemoOpening>(["knowledge_helped", "unclear_then_clear", "foreign_then_english"]);
const topics: Record<Topic, number> = { order: 30, refund: 18, billing: 22, technical: 16, password: 14 };
/** London hours at which chats start (weight per hour 0–23): a working-day curve with quiet evenings and nights. */
const hourWeights = [1, 0, 0, 0, 0, 0, 1, 2, 6, 10, 12, 12, 9, 10, 11, 11, 9, 5, 3, 3, 2, 2, 1, 1];
const DAY_MS = 86_400_000;

/**
 * The demo's month of conversations, in time order, from a fixed seed: about ten a weekday and three a weekend day over
 * today and the `days - 1` days before (UTC days; none in the last hour before `now`). A quarter of them come from known customers with e-mails, so
 * some come back.
 */
export function planDemoHistory(now: Date, seed: number, days = 30): DemoConversationPlan[] {
  const random = new SeededRandom(seed);
  const customers = customerNames.map((name) => ({
    name,
    email: `${plainLetters(name)
      .toLowerCase()
      .replace(/[^a-z]+/g, ".")}@example.com`,
  }));
  const plans: DemoConversationPlan[] = [];
  // Today and the days before it: exactly the dashboard's "30 days", so its previous period stays empty.
  const firstDay = Math.floor(now.getTime() / DAY_MS) - (days - 1);
  for (let day = firstDay; day < firstDay + days; day++) {
    const weekday = new Date(day * DAY_MS).getUTCDay();
    const count = weekday === 0 || weekday === 6 ? random.between(2, 5) : random.between(7, 12);
    for (let i = 0; i < count; i++) {
      const hour = Number(random.weighted(Object.fromEntries(hourWeights.map((weight, h) => [String(h), weight]))));
      const at = new Date(day * DAY_MS + hour * 3_600_000 + random.between(0, 3599) * 1000);
      if (at.getTime() > now.getTime() - 3_600_000) continue;
      const known = random.chance(0.3);
      const opening = random.weighted(openings);
      // Customers the bot helped mostly answer its rating question (which closes the chat); others less often.
      const rates = random.chance(BOT_ONLY.has(opening) ? 0.85 : 0.5);
      plans.push({
        at,
        opening,
        topic: random.weighted(topics),
        // Some customers write often (the first names of the list), most now and then.
        customer: known ? customers[Math.min(random.between(0, customers.length - 1), random.between(0, customers.length - 1))]! : null,
        agentPath: random.weighted({ resolve: 80, hand_back: 6, transfer: 5, abandon: 9 }),
        waitSeconds: Math.round(Math.min(170, Math.max(6, Math.exp(Math.log(45) + 0.8 * gaussian(random))))),
        rating: rates
          ? Number(random.weighted(BOT_ONLY.has(opening) ? { "5": 55, "4": 35, "3": 7, "2": 2, "1": 1 } : { "5": 40, "4": 28, "3": 14, "2": 9, "1": 9 }))
          : null,
        comment: random.chance(0.25),
        noAgent: random.weighted({ callback: 55, decline: 25, leave: 20 }),
        salt: random.next(),
      });
    }
  }
  return plans.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** "Lucía García" → "Lucia Garcia". */
function plainLetters(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** A standard normal draw (Box–Muller). */
function gaussian(random: SeededRandom): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}
