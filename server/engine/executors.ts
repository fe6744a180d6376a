import type { NodeType } from "../flow/node-catalog";
import type { Executor } from "./executor";
import { askExecutor } from "./executors/ask";
import { callbackExecutor } from "./executors/callback";
import { conditionExecutor } from "./executors/condition";
import { endExecutor } from "./executors/end";
import { handoffColdExecutor } from "./executors/handoff-cold";
import { handoffWarmExecutor } from "./executors/handoff-warm";
import { httpRequestExecutor } from "./executors/http-request";
import { messageExecutor } from "./executors/message";
import { rephraseExecutor } from "./executors/rephrase";
import { routeExecutor } from "./executors/route";
import { selfServiceExecutor } from "./executors/self-service";
import { setVariableExecutor } from "./executors/set-variable";
import { startExecutor } from "./executors/start";
import { understandExecutor } from "./executors/understand";

/** One executor per node type; a new type does not compile until it has one. */
export const executors: { [T in NodeType]: Executor<T> } = {
  start: startExecutor,
  message: messageExecutor,
  ask: askExecutor,
  understand: understandExecutor,
  condition: conditionExecutor,
  set_variable: setVariableExecutor,
  rephrase: rephraseExecutor,
  self_service: selfServiceExecutor,
  route: routeExecutor,
  handoff_warm: handoffWarmExecutor,
  handoff_cold: handoffColdExecutor,
  callback: callbackExecutor,
  http_request: httpRequestExecutor,
  end: endExecutor,
};
