-- Priority rules of a workspace's queues, edited in Settings → Priorities
-- (schema: server/handoff/priority-rule-schemas.ts). The default is the rules
-- that were built in before: a VIP (`vip` is true or yes) +10, a frustrated
-- customer (reason `sentiment`) +1, so existing workspaces keep them.

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "priorityRules" JSONB NOT NULL DEFAULT '[{"id":"vip-true","kind":"variable","variable":"vip","operator":"equals","value":"true","boost":10},{"id":"vip-yes","kind":"variable","variable":"vip","operator":"equals","value":"yes","boost":10},{"id":"frustrated","kind":"reason","reasons":["sentiment"],"boost":1}]';
