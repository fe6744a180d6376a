// npm run bench:relevance — where the Self-service relevance cut-off should sit on the demo articles.
// Prints the best article's relevance (ts_rank_cd normalised to 0…1) for questions an article answers
// and for questions that only share a word or two with the articles (a partial match: not an answer).
import { seedDemoWorkspace } from "../prisma/seed";
import { searchKnowledge } from "../server/conversations/search-knowledge";
import { connectDatabase } from "../server/db/connect-database";
import { migrateDatabase } from "../server/db/migrate-database";

const ANSWERED = [
  // Short ones, as customers write them (the demo flow's own example phrases that an article answers).
  "track my package",
  "has my parcel shipped",
  "I want a refund",
  "I need a receipt",
  "my payment failed",
  "how do I return an item",
  "how do I reset my password",
  "I forgot my password and can't log in",
  "what is your refund policy",
  "how do I request a refund",
  "how long does delivery take",
  "where can I track my order",
  "I need to download my invoice",
  "how do I update my payment method",
  "I want to cancel my order",
  "how do I set up two-factor authentication",
  "the app keeps crashing",
  "the app will not load",
  "how do I change my e-mail address",
  "my item arrived damaged",
  "an item is missing from my parcel",
];
const PARTIAL = [
  "do you deliver to Canada on Sundays",
  "is there a student discount on orders",
  "how do I delete my account",
  "can I pay with a gift card",
  "what's the wifi password in your store",
  "is the app available on smart TVs",
  "what is the e-mail of your press office",
  "do you sell refurbished phones",
  "can I change the colour of my sofa",
  "who designed your app",
  "do you have a shop in Madrid",
  "I want to order the same item again in blue",
  "can I get a job at your company",
  "my neighbour's parcel was delivered to me",
  "what time do you close today",
];

const database = await connectDatabase({ kind: "pglite", dataDir: "memory://" });
await database.withSession((sql) => migrateDatabase(sql));
await seedDemoWorkspace(database.prisma);
const workspace = await database.prisma.workspace.findFirstOrThrow();
const best = async (query: string) => (await searchKnowledge(database.prisma, workspace.id, query, { limit: 1, articleIds: [] }))[0];

for (const [name, queries] of [
  ["answered", ANSWERED],
  ["partial", PARTIAL],
] as const) {
  console.log(`\n${name}:`);
  for (const query of queries) {
    const hit = await best(query);
    console.log(`  ${(hit?.relevance ?? 0).toFixed(3)}  ${query}  →  ${hit?.title ?? "(nothing)"}`);
  }
}
await database.close();
