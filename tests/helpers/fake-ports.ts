import { demoArticles } from "@/prisma/demo-content";
import type { EnginePorts, HttpPort, KnowledgeArticle, TeamAvailability } from "@/server/engine/ports";
import { EmbeddedNlu } from "@/server/nlu/embedded-nlu";

export interface FakeWorld {
  teams?: Record<string, Partial<TeamAvailability>>;
  now?: string;
  http?: (url: string, request: Parameters<HttpPort["request"]>[0]) => { ok: boolean; status: number; json: unknown } | Error;
}

const sharedNlu = new EmbeddedNlu();
const articles: KnowledgeArticle[] = demoArticles.map((article, i) => ({ id: `kb-${i + 1}`, title: article.title, body: article.body }));

/** Words a question is not about, left out of the fake search's relevance like PostgreSQL's stop words. */
const STOP = new Set([
  "when",
  "what",
  "with",
  "that",
  "this",
  "have",
  "from",
  "your",
  "will",
  "there",
  "they",
  "them",
  "been",
  "were",
  "which",
  "would",
  "could",
  "should",
  "about",
  "into",
  "does",
  "just",
  "some",
  "than",
  "then",
]);
/** Words of a text, for the fake knowledge search. */
const words = (text: string) => new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((word) => !STOP.has(word)));

/**
 * Deterministic ports for engine tests: the real embedded NLU (offline and
 * deterministic), a keyword search over the demo articles, a fixed clock,
 * counting ids, and teams whose availability the test sets.
 */
export function fakePorts(world: FakeWorld = {}): EnginePorts & { logs: string[] } {
  const logs: string[] = [];
  let id = 0;
  const now = new Date(world.now ?? "2026-11-23T10:00:00Z");
  return {
    logs,
    nlu: sharedNlu,
    llm: null,
    knowledge: {
      search: async (query, { limit }) => {
        const wanted = words(query);
        return articles
          .map((article) => ({ article, score: [...words(`${article.title} ${article.title} ${article.body}`)].filter((w) => wanted.has(w)).length }))
          .filter((hit) => hit.score >= 2)
          .sort((a, b) => b.score - a.score)
          .slice(0, limit)
          .map((hit) => ({ ...hit.article, relevance: Math.round((hit.score / wanted.size) * 100) / 100 }));
      },
    },
    availability: {
      team: async (teamId) => {
        const team = world.teams && Object.hasOwn(world.teams, teamId) ? world.teams[teamId] : undefined;
        return team ? { name: teamId, open: true, agentsOnline: 1, timeZone: "Europe/London", ...team } : null;
      },
      callbackSlots: async (_teamId, count) =>
        Array.from({ length: count }, (_, i) => {
          const startsAt = new Date(now.getTime() + (i + 1) * 60 * 60 * 1000);
          return { startsAt, label: `Mon 23 Nov, ${String(10 + i + 1).padStart(2, "0")}:00` };
        }),
    },
    http: {
      request: async (request) => {
        const answer = world.http?.(request.url, request) ?? { ok: true, status: 200, json: {} };
        if (answer instanceof Error) throw answer;
        return answer;
      },
    },
    clock: { now: () => now },
    ids: { next: () => `id-${++id}` },
    log: (level, message) => logs.push(`${level}: ${message}`),
  };
}
