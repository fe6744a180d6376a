import { expect, type Locator, type Page } from "@playwright/test";

/** Node ids are `<type with dashes>-<random>`: the one node of a type on a canvas built in a test. */
export function nodeOf(page: Page, type: string): Locator {
  const prefix = `node-${type.replace(/_/g, "-")}`;
  return page.locator(`[data-testid="${prefix}"], [data-testid^="${prefix}-"]`).first();
}

/** Drags a step from the palette onto the canvas at (x, y) of the canvas. */
export async function dropNode(page: Page, type: string, x: number, y: number) {
  const before = await page.locator(".react-flow__node").count();
  await page.getByTestId(`palette-${type}`).dragTo(page.getByTestId("flow-canvas"), { targetPosition: { x, y } });
  await expect(page.locator(".react-flow__node")).toHaveCount(before + 1);
}

/** Drags from a node's exit handle onto another node's entry handle, and waits until the exit shows it is connected. */
export async function connect(page: Page, from: Locator, port: string, to: Locator) {
  const handle = from.locator(`[data-testid$="-${port}"].react-flow__handle`);
  const target = to.locator(".react-flow__handle.target");
  for (let attempt = 1; ; attempt++) {
    const a = (await handle.boundingBox())!;
    const b = (await target.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 6 });
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 6 });
    await page.mouse.up();
    try {
      await expect(handle).toHaveAttribute("data-connected", "true", { timeout: attempt === 1 ? 3_000 : 15_000 });
      return;
    } catch (error) {
      // A loaded machine can drop a fast gesture; a person would simply drag again.
      if (attempt === 2) throw error;
    }
  }
}

/** Selects a node by clicking its header (not a handle). */
export async function selectNode(page: Page, node: Locator) {
  const box = (await node.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + 6);
}

/** Creates a flow through the list's "New flow" dialog and waits for the editor. */
export async function createFlow(page: Page, name: string, template: string) {
  await page.goto("/flows");
  await page.getByRole("button", { name: "New flow" }).click();
  const form = page.getByRole("form", { name: "New flow" });
  await form.getByRole("textbox", { name: "Name" }).fill(name);
  await form.getByRole("radio", { name: new RegExp(template) }).check();
  await form.getByRole("button", { name: "Create flow" }).click();
  await expect(page).toHaveURL(/\/flows\/[a-z0-9]+$/);
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
}

export async function expectSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText("All changes saved");
}
