"use client";

import { useState } from "react";
import { avatarColor, initials } from "./initials";
import { readableTextColor } from "./readable-text-color";

/** A round picture, or the name's initials in a coloured circle (also when the picture fails to load). Decorative: names are read out elsewhere. */
export function Avatar({ name, url, color, size = "md" }: { name: string; url?: string | null; color?: string; size?: "sm" | "md" }) {
  const [broken, setBroken] = useState(false);
  const box = size === "sm" ? "size-7 text-[0.7rem]" : "size-9 text-xs";
  if (url && !broken) {
    // A plain img: next/image would need every admin's picture host configured, and these are tiny.
    return (
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={url}
        alt=""
        aria-hidden
        referrerPolicy="no-referrer"
        onError={() => setBroken(true)}
        className={`${box} shrink-0 rounded-full bg-slate-200 object-cover`}
      />
    );
  }
  const background = color ?? avatarColor(name);
  return (
    <span
      aria-hidden
      className={`${box} flex shrink-0 items-center justify-center rounded-full font-semibold select-none`}
      style={{ backgroundColor: background, color: readableTextColor(background) }}
    >
      {initials(name)}
    </span>
  );
}
