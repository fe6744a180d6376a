/** Heat levels on the canvas: 0 is "no traffic", HEAT_LEVELS the busiest step. */
export const HEAT_LEVELS = 5;

/**
 * A step's heat level on a log scale (traffic falls off fast along a flow, so a
 * linear scale would paint everything after the first steps cold).
 */
export function heatLevel(visits: number, maxVisits: number): number {
  if (visits <= 0 || maxVisits <= 0) return 0;
  if (maxVisits === 1) return HEAT_LEVELS;
  return Math.max(1, Math.ceil((Math.log(1 + visits) / Math.log(1 + maxVisits)) * HEAT_LEVELS));
}

/** The smallest visit count of each level 1…HEAT_LEVELS (null: no count falls in that level), for the legend. */
export function heatThresholds(maxVisits: number): (number | null)[] {
  const levels: (number | null)[] = [];
  for (let level = 1; level <= HEAT_LEVELS; level++) {
    let low = 1;
    let high = Math.max(1, maxVisits);
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (heatLevel(middle, maxVisits) >= level) high = middle;
      else low = middle + 1;
    }
    levels.push(maxVisits > 0 && heatLevel(low, maxVisits) === level ? low : null);
  }
  return levels;
}
