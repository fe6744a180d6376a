"use client";

import { useCallback, useSyncExternalStore } from "react";

const key = "tandem:inbox:muted";
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === key) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function read(): boolean {
  try {
    return window.localStorage.getItem(key) === "1";
  } catch {
    return false;
  }
}

/** Whether the new-conversation sound is muted; remembered in this browser and shared by its tabs. */
export function useMuted(): [boolean, (muted: boolean) => void] {
  const muted = useSyncExternalStore(subscribe, read, () => false);
  const setMuted = useCallback((value: boolean) => {
    try {
      window.localStorage.setItem(key, value ? "1" : "0");
    } catch {
      // Private mode without storage: the choice lasts until reload.
    }
    listeners.forEach((listener) => listener());
  }, []);
  return [muted, setMuted];
}
