/** A small time-limited cache for hot, slowly-changing reads (team names, availability). */
export class TtlCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(private readonly now: () => number = Date.now) {}

  get<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    const now = this.now();
    if (hit && now - hit.at < ttlMs) return hit.value as Promise<T>;
    const value = load();
    this.entries.set(key, { at: now, value });
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > 10_000) this.entries.clear();
    return value;
  }

  /** Forgets a key (after a write that changes what it holds). */
  delete(key: string): void {
    this.entries.delete(key);
  }
}
