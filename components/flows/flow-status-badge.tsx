import { Badge } from "@/components/ui/badge";

/** "Draft", "Published v3", and "Unpublished changes" when the draft moved on since. */
export function FlowStatusBadge({ publishedVersion, hasUnpublishedChanges }: { publishedVersion: number | null; hasUnpublishedChanges: boolean }) {
  if (publishedVersion === null) return <Badge>Draft</Badge>;
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone="brand">Published v{publishedVersion}</Badge>
      {hasUnpublishedChanges ? <Badge tone="amber">Unpublished changes</Badge> : null}
    </span>
  );
}
