import { z } from "zod";
import { defineNode, port } from "../define-node";

export const startNode = defineNode({
  group: "start",
  label: "Start",
  description: "Where every conversation begins.",
  data: z.object({}),
  draft: {},
  ports: () => [port("next", "Start")],
  waits: false,
  texts: () => [],
  writes: () => [],
  teams: () => [],
  entry: true,
});
