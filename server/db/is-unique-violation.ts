/** True for PostgreSQL's unique violation, however Prisma (or its driver adapter) wraps it. */
export const isUniqueViolation = (error: unknown) => /P2002|unique constraint/i.test(`${(error as { code?: string }).code ?? ""} ${String(error)}`);
