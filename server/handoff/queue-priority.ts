/**
 * A queued conversation's priority (higher is served first, then oldest):
 * +10 when the variable `vip` is true ("true"/"yes" count), +1 when the
 * customer escalated out of frustration (reason `sentiment`).
 */
export function queuePriority(reason: string, variables: Record<string, unknown>): number {
  const vip = variables.vip;
  const isVip = vip === true || (typeof vip === "string" && ["true", "yes"].includes(vip.trim().toLowerCase()));
  return (isVip ? 10 : 0) + (reason === "sentiment" ? 1 : 0);
}
