// How many HTTP workers `npm start` runs (docs/deploy.md, "Every core").

/**
 * One per core on a PostgreSQL server (DATABASE_URL), or WEB_CONCURRENCY when
 * it is set; always one on the embedded PGlite database, which lives inside a
 * single process (its data folder is locked to it). Returns the count and,
 * when a setting was overruled or unreadable, why.
 */
export function workerCount(env, cores) {
  const requested = env.WEB_CONCURRENCY?.trim();
  const embedded = !env.DATABASE_URL;
  if (requested && !/^[1-9]\d{0,3}$/.test(requested)) {
    return { count: embedded ? 1 : cores, note: `WEB_CONCURRENCY=${requested} is not a whole number from 1 to 9999; ignored` };
  }
  if (embedded) {
    const note =
      requested && requested !== "1" ? `WEB_CONCURRENCY=${requested} ignored: the embedded database runs in one process (set DATABASE_URL for more)` : null;
    return { count: 1, note };
  }
  return { count: requested ? Number(requested) : Math.max(1, cores), note: null };
}
