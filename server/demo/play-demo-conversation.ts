import "server-only";
import { startChat } from "../conversations/start-chat";
import type { Runtime } from "../runtime/runtime";
import { DemoChat, type DemoClock } from "./demo-chat";
import {
  foreignLines,
  frustratedLines,
  humanRequestLines,
  ratingComments,
  topicLines,
  topicRuleLines,
  unansweredLines,
  unclearLines,
} from "./demo-history-lines";
import type { DemoStaff } from "./demo-staff";
import { playDemoHandoff } from "./play-demo-handoff";
import type { DemoConversationPlan } from "./plan-demo-history";

/**
 * Plays one planned conversation from `clock.now`: the customer's messages through the turn service, a person through
 * the inbox's services when the flow queues it, a callback or a rating at the end. Returns the conversation's id.
 */
export async function playDemoConversation(runtime: Runtime, clock: DemoClock, staff: DemoStaff, plan: DemoConversationPlan): Promise<string> {
  await staff.sync(runtime);
  const pick = <T>(items: readonly T[], offset = 0) => items[Math.floor(((plan.salt * 7919 + offset) % 1) * items.length)]!;
  const started = await startChat(runtime, "acme", plan.customer ? "WIDGET" : "WEB", plan.customer ?? undefined);
  const chat = new DemoChat(runtime, clock, started.sessionId);
  const topicLine = pick(topicLines[plan.topic]);
  const think = () => chat.wait(12 + Math.round(plan.salt * 40));
  // Whether the bot still has the conversation (a first message may already have reached a person).
  const withBot = () => chat.last?.status === "bot" && chat.asking() === null;

  think();
  switch (plan.opening) {
    case "knowledge_helped":
    case "knowledge_left":
    case "not_helped":
      await chat.say(topicLine);
      break;
    case "no_article":
      await chat.say(pick(unansweredLines[plan.topic]));
      break;
    case "unclear_then_clear":
      await chat.say(pick(unclearLines));
      think();
      if (withBot()) await chat.say(topicLine);
      break;
    case "foreign_then_english":
      await chat.say(pick(foreignLines));
      think();
      if (withBot()) await chat.say(topicLine);
      break;
    case "explicit_request":
      if (plan.salt < 0.5) await chat.say(topicLine);
      think();
      if (chat.last === null || chat.last.status === "bot") await chat.say(pick(humanRequestLines));
      break;
    case "button":
      await chat.say(topicLine);
      think();
      if (chat.last?.status === "bot") await chat.press();
      break;
    case "frustrated":
      await chat.say(pick(frustratedLines));
      break;
    case "topic_rule":
      await chat.say(pick(topicRuleLines));
      break;
    case "never_understood":
      for (let i = 0; i < 3 && chat.last?.status !== "queued" && chat.asking() === null; i++) {
        await chat.say(pick(unclearLines, i * 0.37));
        think();
      }
      break;
    case "repeated":
      await chat.say(topicLine);
      think();
      if (chat.last?.status === "bot") await chat.say(topicLine);
      break;
  }
  if (plan.opening === "knowledge_left") return chat.id;

  // The bot's questions, answered as the plan says, until the chat is handed to a person or ends.
  for (let step = 0; step < 8; step++) {
    const status = chat.last?.status;
    if (status === "queued" || status === "assigned") {
      await playDemoHandoff(runtime, chat, staff, plan);
      continue;
    }
    const asking = chat.asking();
    if (asking === null) break;
    think();
    if (asking === "helped") await chat.choose(plan.opening === "not_helped" || plan.opening === "repeated" ? "no" : "yes");
    else if (asking === "person") await chat.choose(plan.salt < 0.85 ? "yes" : "no");
    else if (asking === "callback") {
      chat.handledBy ??= "noAgent";
      if (plan.noAgent === "leave") break;
      await chat.choose(plan.noAgent === "callback" ? "yes" : "no");
    } else if (asking === "phone") await chat.say(`+44 7700 900${String(Math.floor(plan.salt * 1000)).padStart(3, "0")}`);
    else if (asking === "slot") {
      await chat.choose(pick(chat.choices()).id);
      await staff.rememberCallbackOf(runtime, chat.id);
      break;
    } else if (asking === "rating") {
      if (plan.rating === null) break;
      const rating = plan.rating;
      await chat.choose(String(rating));
      if (plan.comment) {
        chat.wait(20);
        const comments = ratingComments[chat.handledBy ?? "bot"];
        await chat.rate(rating, pick(rating >= 4 ? comments.high : comments.low));
      }
      break;
    }
  }
  return chat.id;
}
