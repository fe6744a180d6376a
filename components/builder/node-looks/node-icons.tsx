import type { ReactNode } from "react";

export type NodeIcon = (props: { className?: string }) => ReactNode;

/** A 24×24 stroked icon; decorative (the node's label says what it is). */
function icon(paths: ReactNode): NodeIcon {
  return function Icon({ className = "h-4 w-4" }) {
    return (
      <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" className={className} aria-hidden>
        {paths}
      </svg>
    );
  };
}

const person = (
  <>
    <circle cx="9" cy="8" r="4" />
    <path d="M2 21v-1a6 6 0 0 1 12 0v1" />
  </>
);

export const StartIcon = icon(<path d="M7 4.5v15L19 12z" />);
export const MessageIcon = icon(<path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1.1-4.3A8 8 0 1 1 21 12z" />);
export const AskIcon = icon(
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="M9.5 9.5a2.5 2.5 0 0 1 4.9.8c0 1.7-2.4 2.2-2.4 3.7" />
    <path d="M12 17h.01" />
  </>,
);
export const UnderstandIcon = icon(
  <>
    <path d="M11 3l1.8 4.9L18 10l-5.2 2.1L11 17l-1.8-4.9L4 10l5.2-2.1z" />
    <path d="M19 15l.8 2.2L22 18l-2.2.8L19 21l-.8-2.2L16 18l2.2-.8z" />
  </>,
);
export const ConditionIcon = icon(<path d="M12 3l9 9-9 9-9-9z" />);
export const SetVariableIcon = icon(
  <>
    <path d="M8 4H7a2 2 0 0 0-2 2v3a2 2 0 0 1-2 2 2 2 0 0 1 2 2v3a2 2 0 0 0 2 2h1" />
    <path d="M16 4h1a2 2 0 0 1 2 2v3a2 2 0 0 0 2 2 2 2 0 0 0-2 2v3a2 2 0 0 1-2 2h-1" />
  </>,
);
export const RephraseIcon = icon(
  <>
    <path d="M3 12a9 9 0 0 1 15.5-6.2L21 8" />
    <path d="M21 3v5h-5" />
    <path d="M21 12a9 9 0 0 1-15.5 6.2L3 16" />
    <path d="M3 21v-5h5" />
  </>,
);
export const SelfServiceIcon = icon(
  <>
    <path d="M4 19.5A2.5 2.5 0 0 1 6.5 17H20V3H6.5A2.5 2.5 0 0 0 4 5.5z" />
    <path d="M4 19.5A2.5 2.5 0 0 0 6.5 22H20v-5" />
  </>,
);
export const RouteIcon = icon(
  <>
    <path d="M6 3v12" />
    <circle cx="18" cy="6" r="3" />
    <circle cx="6" cy="18" r="3" />
    <path d="M18 9a9 9 0 0 1-9 9" />
  </>,
);
export const HandoffWarmIcon = icon(
  <>
    {person}
    <path d="M16 11l2 2 4-4" />
  </>,
);
export const HandoffColdIcon = icon(
  <>
    {person}
    <path d="M16 12h6" />
    <path d="M19 9l3 3-3 3" />
  </>,
);
export const CallbackIcon = icon(
  <path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.8.7 2.7a2 2 0 0 1-.5 2.1L8 9.8a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.7.7a2 2 0 0 1 1.7 2z" />,
);
export const HttpRequestIcon = icon(
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="M3 12h18" />
    <path d="M12 3a14 14 0 0 1 0 18 14 14 0 0 1 0-18z" />
  </>,
);
export const EndIcon = icon(
  <>
    <path d="M5 22V4" />
    <path d="M5 4h13l-2.5 4.5L18 13H5" />
  </>,
);
