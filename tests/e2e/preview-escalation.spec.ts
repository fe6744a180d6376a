import { expect, test } from "@playwright/test";
import { createFlow } from "./builder-helpers";
import { signIn } from "./helpers";

test.use({ viewport: { width: 1600, height: 1000 } });

test("the Preview says why a message escalated: the reason and the cue that fired", async ({ page }) => {
  await signIn(page, "admin@acme.test");
  await createFlow(page, `Escalation ${Date.now()}`, "Acme demo");
  await page.getByRole("tab", { name: "Preview" }).click();
  const preview = page.getByTestId("preview-panel");
  await expect(preview.locator('[data-author="bot"]').last()).toHaveText("What can I help you with today?");

  await preview.getByLabel("Message to the bot").fill("forget it, I'm done");
  await preview.getByRole("button", { name: "Send" }).click();
  const why = preview.getByTestId("preview-trigger");
  // The score comes from the detector's rules and learned model (retraining moves it); the reason and the cue must not.
  await expect(why).toHaveText(/^Offered a person: the customer seemed frustrated — cue Giving up: “forget it” \(score 0\.\d\d\)\.$/);
  await expect(preview.locator('[data-author="bot"]').last()).toHaveText("I'm sorry this is frustrating. Would you like to talk to a person?");
  await expect(preview.getByText("say it another way")).toHaveCount(0);

  await preview.getByRole("button", { name: "Yes, a person please" }).click();
  await expect(preview.getByTestId("handoff-preview")).toContainText("The customer seemed frustrated — Giving up: “forget it”");
});
