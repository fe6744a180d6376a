"use client";

import { useCallback, useSyncExternalStore } from "react";

export type NotificationState = NotificationPermission | "unsupported";

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function read(): NotificationState {
  return typeof window !== "undefined" && "Notification" in window ? window.Notification.permission : "unsupported";
}

/**
 * The browser's desktop-notification permission and a way to ask for it.
 * Asking is only ever done from a click (browsers ignore or punish asking on
 * load, and agents deserve to choose).
 */
export function useNotificationPermission(): [NotificationState, () => Promise<void>] {
  const permission = useSyncExternalStore(subscribe, read, () => "unsupported" as const);
  const request = useCallback(async () => {
    if (read() === "unsupported") return;
    await window.Notification.requestPermission();
    listeners.forEach((listener) => listener());
  }, []);
  return [permission, request];
}
