/** A wait in words: "40 s" under a minute, else whole minutes rounded up ("3 min"). */
export function formatWait(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  return whole < 60 ? `${whole} s` : `${Math.ceil(whole / 60)} min`;
}
