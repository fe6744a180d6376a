"use client";

import { useNotificationPermission } from "./use-notification-permission";

/** Offers desktop notifications (asking only on click) or says why they are off. */
export function DesktopNotificationsControl() {
  const [permission, request] = useNotificationPermission();
  if (permission === "unsupported" || permission === "granted") return null;
  if (permission === "denied") {
    return <p className="text-xs text-slate-500">Desktop notifications are blocked in this browser&apos;s site settings.</p>;
  }
  return (
    <button
      type="button"
      onClick={() => void request()}
      className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      Enable desktop notifications
    </button>
  );
}
