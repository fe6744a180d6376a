import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "tandem-demo";

/** Signs in through the real form and waits to land on `landing`. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, landing: RegExp = /\/(flows|inbox)/) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(landing);
}
