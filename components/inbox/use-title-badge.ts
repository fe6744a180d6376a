"use client";

import { useEffect } from "react";

const badge = /^\(\d+\)\s+/;

/** Puts the number of waiting conversations in the tab title — "(2) Inbox · Tandem" — so it shows from other tabs. */
export function useTitleBadge(waiting: number | undefined) {
  useEffect(() => {
    const base = document.title.replace(badge, "");
    document.title = waiting ? `(${waiting}) ${base}` : base;
    return () => {
      document.title = document.title.replace(badge, "");
    };
  }, [waiting]);
}
