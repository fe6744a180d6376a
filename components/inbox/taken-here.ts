/** Conversations this tab accepted itself: their arrival in Mine is no news to the agent who pressed Accept. */
export const takenHere = new Set<string>();
