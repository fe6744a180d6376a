-- API tokens now die with their maker's admin role (removing a member or
-- making them an agent revokes the tokens they made:
-- server/workspace/revoke-member-api-tokens.ts). Tokens made before that by
-- people who have since left, or are agents now, are revoked here the same way.
UPDATE "ApiToken" AS t
SET "revokedAt" = CURRENT_TIMESTAMP
WHERE t."revokedAt" IS NULL
  AND t."createdById" IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM "Membership" AS m
    WHERE m."workspaceId" = t."workspaceId" AND m."userId" = t."createdById" AND m."role" = 'ADMIN'
  );
