import type { FlowGraph } from "../flow/flow-graph";
import type { FlowDocument } from "../flow/schema";
import type { EngineState, VariableValue } from "./engine-state";
import type { EnginePorts } from "./ports";
import { renderTemplate } from "./render-template";
import type { BotMessage, Effect, TurnEvent } from "./turn-types";

/** What routing knows of a team besides its name (Settings → Teams). */
export interface TeamProfile {
  /** ISO 639-1 codes ("en", "es", "pt-br"); empty when not said. */
  languages: string[];
  skills: string[];
}

/** The mutable scratchpad of one turn, handed to executors. */
export class TurnContext {
  readonly messages: BotMessage[] = [];
  readonly effects: Effect[] = [];
  readonly events: TurnEvent[] = [];

  constructor(
    readonly flow: FlowDocument,
    readonly graph: FlowGraph,
    readonly state: EngineState,
    readonly ports: EnginePorts,
    /** Names for team ids (for {{team_name}}), resolved by the caller. */
    private readonly teamNames: Record<string, string>,
    /** Languages and skills of the workspace's teams, for routing by language. */
    readonly teamProfiles: Record<string, TeamProfile> = {},
  ) {}

  /** Variables plus the built-ins templates may use. */
  variables(): Record<string, VariableValue | undefined> {
    return {
      ...this.state.variables,
      intent: this.state.intent?.name ?? this.state.variables.intent ?? null,
      last_message: this.state.recentMessages.at(-1) ?? "",
      team_name: this.teamName(this.state.teamId),
      bot_name: this.flow.settings.appearance.botName,
    };
  }

  teamName(teamId: string | null): string {
    // Own names only: a team id of "constructor" in a flow must not name a team after Object.prototype.
    return (teamId && Object.hasOwn(this.teamNames, teamId) && this.teamNames[teamId]) || "support";
  }

  render(text: string): string {
    return renderTemplate(text, this.variables());
  }

  /** The bot says something (templated); empty texts are skipped. */
  say(text: string, extras: Omit<BotMessage, "text" | "nodeId"> = {}, nodeId: string | null = null): void {
    const rendered = this.render(text);
    if (rendered || extras.choices?.length) this.messages.push({ text: rendered, nodeId, ...extras });
  }
}
