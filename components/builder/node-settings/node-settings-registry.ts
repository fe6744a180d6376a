import type { NodeType } from "@/server/flow/node-catalog";
import type { ReactNode } from "react";
import { AskSettings } from "./ask-settings";
import { CallbackSettings } from "./callback-settings";
import { ConditionSettings } from "./condition-settings";
import { EndSettings } from "./end-settings";
import { HandoffColdSettings } from "./handoff-cold-settings";
import { HandoffWarmSettings } from "./handoff-warm-settings";
import { HttpRequestSettings } from "./http-request-settings";
import { MessageSettings } from "./message-settings";
import type { NodeSettingsProps } from "./node-settings-props";
import { RephraseSettings } from "./rephrase-settings";
import { RouteSettings } from "./route-settings";
import { SelfServiceSettings } from "./self-service-settings";
import { SetVariableSettings } from "./set-variable-settings";
import { StartSettings } from "./start-settings";
import { UnderstandSettings } from "./understand-settings";

/** Each node type's settings panel: a new type does not compile until it has one. */
export const nodeSettings = {
  start: StartSettings,
  message: MessageSettings,
  ask: AskSettings,
  understand: UnderstandSettings,
  condition: ConditionSettings,
  set_variable: SetVariableSettings,
  rephrase: RephraseSettings,
  self_service: SelfServiceSettings,
  route: RouteSettings,
  handoff_warm: HandoffWarmSettings,
  handoff_cold: HandoffColdSettings,
  callback: CallbackSettings,
  http_request: HttpRequestSettings,
  end: EndSettings,
} satisfies Record<NodeType, (props: NodeSettingsProps) => ReactNode>;
