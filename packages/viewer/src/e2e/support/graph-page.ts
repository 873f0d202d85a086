import type { Page } from 'playwright-core';

/** What tests read from the page's `window.__kg` (the controller). */
type KgWindow = {
  __kg: {
    ctl: {
      graph: {
        order: number;
        nodes(): string[];
        hasNode(id: string): boolean;
        getNodeAttributes(id: string): { x: number; y: number; fixed?: boolean };
      };
      state: {
        visibility: { hiddenEdges: Set<string> };
        path?: { nodes: Set<string>; edges: Set<string> };
      };
      renderer: {
        getNodeDisplayData(n: string): { x: number; y: number } | undefined;
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
        getContainer(): HTMLElement;
        getCamera(): { getState(): { x: number; y: number; ratio: number } };
        getNodeDisplayedLabels(): Set<string>;
      };
    };
  };
};

export const nodeIds = (page: Page) =>
  page.evaluate(() => (window as unknown as KgWindow).__kg.ctl.graph.nodes().sort());

export const hiddenEdgeCount = (page: Page) =>
  page.evaluate(() => (window as unknown as KgWindow).__kg.ctl.state.visibility.hiddenEdges.size);

export const nodePosition = (page: Page, id: string) =>
  page.evaluate((n) => {
    const a = (window as unknown as KgWindow).__kg.ctl.graph.getNodeAttributes(n);
    return { x: a.x, y: a.y, fixed: a.fixed === true };
  }, id);

export const displayedLabelCount = (page: Page) =>
  page.evaluate(
    () => (window as unknown as KgWindow).__kg.ctl.renderer.getNodeDisplayedLabels().size,
  );

export const pathNodes = (page: Page) =>
  page.evaluate(() => [
    ...((window as unknown as KgWindow).__kg.ctl.state.path?.nodes ?? new Set<string>()),
  ]);

/** Where a node is drawn, in page coordinates. */
export const nodeOnScreen = (page: Page, id: string) =>
  page.evaluate((n) => {
    const r = (window as unknown as KgWindow).__kg.ctl.renderer;
    const d = r.getNodeDisplayData(n);
    if (!d) throw new Error(`node ${n} is not drawn`);
    const p = r.framedGraphToViewport(d);
    const box = r.getContainer().getBoundingClientRect();
    return { x: p.x + box.left, y: p.y + box.top };
  }, id);

export const cameraState = (page: Page) =>
  page.evaluate(() => {
    const { x, y, ratio } = (window as unknown as KgWindow).__kg.ctl.renderer
      .getCamera()
      .getState();
    return { x, y, ratio };
  });

/** Pick an actor in a search combobox by typing and choosing the first suggestion. */
export async function pick(page: Page, label: string, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(text);
  await page.locator('[role=option]:visible').first().waitFor();
  await box.press('ArrowDown');
  await box.press('Enter');
}
