import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ContactsEmptyState } from "@/components/contacts/contacts-empty-state";

const render = (isAdmin: boolean) => renderToStaticMarkup(createElement(ContactsEmptyState, { isAdmin }));

describe("ContactsEmptyState", () => {
  it("says what a contact is and both ways one appears, with no raw file path", () => {
    const html = render(false);
    expect(html).toContain("No contacts yet");
    expect(html).toContain("A contact is a customer you know by name or e-mail");
    expect(html).toContain("who a signed-in visitor is");
    expect(html).toContain("leaves their e-mail address for a reply by e-mail");
    expect(html).not.toMatch(/docs\/|\.md\b/);
  });

  it("links admins to identity verification, and only admins", () => {
    expect(render(true)).toContain('href="/settings/identity"');
    expect(render(false)).not.toContain("/settings/identity");
  });
});
