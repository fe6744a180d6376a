import { linkify } from "./linkify";

/** Message text as text: links (http, https, mailto only) become anchors; nothing else is interpreted. */
export function MessageText({ text }: { text: string }) {
  return linkify(text).map((segment, index) =>
    segment.kind === "link" ? (
      <a
        key={index}
        href={segment.href}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="underline underline-offset-2 decoration-current/60 hover:decoration-current"
      >
        {segment.text}
      </a>
    ) : (
      segment.text
    ),
  );
}
