export declare function workerCount(env: { WEB_CONCURRENCY?: string; DATABASE_URL?: string }, cores: number): { count: number; note: string | null };
