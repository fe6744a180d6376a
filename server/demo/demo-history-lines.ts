/** What the demo's customers and agents say: plain, varied support-chat lines (English, some Spanish and German). */

/** First messages per topic that the demo's knowledge base answers (the bot shows articles and asks whether they helped). */
export const topicLines = {
  order: ["when will my order arrive", "my delivery is late, it was due on Monday", "has my parcel shipped?"],
  refund: ["I want a refund", "how do I return an item", "my item arrived damaged"],
  billing: ["I was charged twice", "my payment failed", "download my invoice", "update my card"],
  technical: ["the app keeps crashing", "bug in the app on android", "the page doesn't work"],
  password: ["I forgot my password", "reset my password please"],
} as const;

/** First messages the knowledge base has nothing for: the flow routes them straight to the team. */
export const unansweredLines = {
  order: ["my order hasn't arrived yet", "can you track my package please"],
  refund: ["can I get my money back for order 4471", "I want to send it back"],
  billing: ["I need a receipt for my last order", "why was I charged this month?"],
  technical: ["the website won't load for me", "I get an error message when I check out"],
  password: ["I can't log in", "can't sign in since yesterday"],
} as const;
export type Topic = keyof typeof topicLines;

/** Messages the bot is not meant to understand first time (they feed "Not understood"). */
export const unclearLines = [
  "hello??",
  "the thing from last week",
  "help",
  "I have a question about the blue one",
  "same problem as before",
  "what about the voucher",
  "do you do gift wrapping",
  "is the sale still on",
  "can I change the colour",
  "voucher code not accepted",
  "my voucher is not working",
  "do you ship to Ireland",
  "gift wrap available?",
];

/** Customers who write in Spanish or German first. */
export const foreignLines = [
  "¿Dónde está mi pedido?",
  "Quiero un reembolso",
  "No puedo iniciar sesión",
  "Wo ist meine Bestellung?",
  "Ich möchte eine Rückerstattung",
  "Ich kann mich nicht anmelden",
];

export const humanRequestLines = [
  "can I talk to a real person please",
  "I want to speak to a human",
  "agent please",
  "let me talk to someone from your team",
  "can I speak to a person?",
];

export const frustratedLines = [
  "this is useless, I am so angry, worst service ever!!!",
  "this is ridiculous, I've been waiting for weeks and nobody helps me",
  "terrible service, absolutely furious",
  "I'm really fed up, this is the third time this has gone wrong!!",
];

export const topicRuleLines = [
  "I'll file a chargeback with my bank if this isn't fixed",
  "I am going to take legal action",
  "I want to make a formal complaint",
];

export const customerFollowUps = [
  "thanks, the order number is 4471",
  "it's the card ending 0042",
  "ok, I'll wait",
  "yes that's right",
  "I'm on the iPhone app, latest version",
  "ok thanks",
];

export const agentOpeners = {
  Billing: ["Hi, this is Sam from Billing — I'm looking at your account now.", "Hello! Sam here. Could you give me your order number?"],
  Technical: ["Hi, Alex from Technical here. Which device are you on?", "Hello, this is Alex. Sorry about that — let me check the logs."],
} as const;

export const agentClosers = {
  Billing: [
    "I've refunded the duplicate charge; you'll see it in 3–5 working days.",
    "Done — your invoice is on its way to your e-mail.",
    "I've updated that for you. Anything else?",
  ],
  Technical: [
    "I've reset your session; please try logging in again now.",
    "That's a known issue, fixed in today's update — please update the app.",
    "Your account is unlocked. You can sign in again.",
  ],
} as const;

/** Comments on ratings: of chats the bot closed, of chats that found nobody, and of chats a person of the team (named) took. */
export const ratingComments = {
  bot: {
    high: ["Easy, found it myself", "Very helpful, thanks", "Quick answer", "The article had exactly what I needed"],
    low: ["The bot didn't understand me", "Just wanted a person", "Went round in circles"],
  },
  /** Asked for a person when nobody was there (after hours, at lunch). */
  noAgent: {
    high: ["The callback came on time", "Fine, they called me back"],
    low: ["Nobody there when I needed someone", "Would have liked a person", "Only office hours?"],
  },
  Billing: {
    high: ["Sam sorted it in minutes", "Quick and kind, thanks!", "Refund done while I waited"],
    low: ["Took too long to reach someone", "Still not fixed"],
  },
  Technical: { high: ["Alex was great", "Fixed on the first try", "Clear instructions, thanks"], low: ["Waited ages", "Still not fixed"] },
} as const;

export const customerNames = [
  "Priya Shah",
  "Tom Baker",
  "Lucía García",
  "Jonas Weber",
  "Amara Okafor",
  "Ellen Park",
  "Marco Rossi",
  "Hannah Schmidt",
  "Noah Williams",
  "Chloe Martin",
  "Oliver Brown",
  "Sofia Romero",
  "Liam Murphy",
  "Mia Fischer",
  "Ethan Davies",
  "Grace Lee",
];
