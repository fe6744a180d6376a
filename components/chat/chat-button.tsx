import type { ButtonHTMLAttributes, CSSProperties } from "react";
import { readableTextColor } from "./readable-text-color";

interface ChatButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** The flow's colour: the primary button's fill, the outline's border, every variant's focus ring. */
  color: string;
  /** primary: filled (submit); secondary: grey outline (cancel, back); outline: the flow's colour (start again). */
  variant?: "primary" | "secondary" | "outline";
}

const base =
  "min-h-11 rounded-full font-medium focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:outline-none disabled:opacity-60 dark:focus-visible:ring-offset-slate-900";
const looks = {
  primary: "px-5",
  secondary: "border border-slate-300 px-4 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800",
  outline: "border-2 px-5",
};

/** The chat's pill button, one look for the forms in the chat (callback, e-mail follow-up, transcript, rating, the end). */
export function ChatButton({ color, variant = "primary", type = "button", className = "", style, ...rest }: ChatButtonProps) {
  const paint: CSSProperties =
    variant === "primary" ? { backgroundColor: color, color: readableTextColor(color) } : variant === "outline" ? { borderColor: color, color } : {};
  return (
    <button
      type={type}
      className={`${base} ${looks[variant]} ${className}`}
      style={{ ...paint, "--tw-ring-color": color, ...style } as CSSProperties}
      {...rest}
    />
  );
}
