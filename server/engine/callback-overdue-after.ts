/** A pending callback this long past its due time is overdue (the sweep records it once; the inbox shows it in red). */
export const CALLBACK_OVERDUE_AFTER_MS = 30 * 60_000;
