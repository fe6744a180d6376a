import type { Executor } from "../executor";

export const startExecutor: Executor<"start"> = {
  enter: async () => ({ port: "next" }),
};
