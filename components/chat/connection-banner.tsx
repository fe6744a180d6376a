"use client";

import { useEffect, useRef, useState } from "react";

/** How long "Back online" stays. */
const RESTORED_MS = 3000;

/**
 * "Connection lost — we'll reconnect…" while the stream or the network is
 * down, then "Back online" for a moment. The status region is always in the
 * page, so screen readers announce both changes.
 */
export function ConnectionBanner({ connected }: { connected: boolean }) {
  const [restored, setRestored] = useState(false);
  const wasLost = useRef(false);
  useEffect(() => {
    if (!connected) {
      wasLost.current = true;
      return;
    }
    if (!wasLost.current) return;
    wasLost.current = false;
    setRestored(true);
    const timer = setTimeout(() => setRestored(false), RESTORED_MS);
    return () => clearTimeout(timer);
  }, [connected]);

  return (
    <div role="status" className="shrink-0">
      {!connected ? (
        <p className="flex items-center justify-center gap-2 bg-amber-100 px-3 py-1.5 text-center text-sm text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
          <span aria-hidden className="size-2 rounded-full bg-amber-500 motion-safe:animate-pulse" />
          Connection lost — we&apos;ll reconnect…
        </p>
      ) : restored ? (
        <p className="bg-emerald-100 px-3 py-1.5 text-center text-sm text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100">Back online</p>
      ) : null}
    </div>
  );
}
