/**
 * Issue 15: off-screen components are not rendered by React Flow, so keyboard and screen-reader
 * users could not reach them. The Components list (L, or "Components…" in the canvas toolbar)
 * lists every component by container; a filter, the arrow keys and Enter select one and pan
 * the canvas to it, focused, whether or not it was rendered before.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

const FAR = 'Golden image pool (qcow2)';

async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen} ${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  expect(serious).toEqual([]);
}

/** Whether the box lies inside the canvas on screen. */
async function inView(page: Page, canvas: CanvasPage, name: string): Promise<boolean> {
  const area = (await canvas.canvas().boundingBox())!;
  const box = await canvas.node(name).boundingBox();
  return (
    box !== null &&
    box.x >= area.x &&
    box.y >= area.y &&
    box.x + box.width <= area.x + area.width &&
    box.y + box.height <= area.y + area.height
  );
}

/** Whether the component's box and the minimap's overlap on screen (the minimap would hide it). */
async function underMinimap(page: Page, canvas: CanvasPage, name: string): Promise<boolean> {
  const mini = await canvas.minimap().boundingBox();
  const box = await canvas.node(name).boundingBox();
  if (!mini || !box) return false;
  return (
    box.x < mini.x + mini.width &&
    mini.x < box.x + box.width &&
    box.y < mini.y + mini.height &&
    mini.y < box.y + box.height
  );
}

test('an off-screen component is reached by keyboard: L, filter, Enter selects it, pans to it and focuses it', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  // Zoomed in on the middle of the sample, the management zone is off screen and not rendered.
  await canvas.waitForSaved();
  await canvas.clickEmptyCanvas(300);
  // 100 % around the middle of the view, then three steps in (×1.2 each; each waits for the last).
  await page.keyboard.press('0');
  await expect(canvas.zoomLevel()).toHaveText('100 %');
  for (const next of [/^12\d %$/, /^14\d %$/, /^17\d %$/]) {
    await page.keyboard.press('+');
    await expect(canvas.zoomLevel()).toHaveText(next);
  }
  await expect(canvas.node(FAR)).toHaveCount(0);

  await canvas.openComponentList('key');
  const list = canvas.componentList();
  // Every component is listed, by container, the off-screen ones too.
  await expect(canvas.componentListOptions()).toHaveCount(20);
  await expect(list.getByTestId('component-list-count')).toHaveText('20 components');
  await expect(list.getByRole('group', { name: 'Management zone' }).getByRole('option')).toHaveText([
    /^Ansible \+ auditd/,
    /^FreeIPA \+ polkit roles/,
    /^Golden image pool \(qcow2\)/,
    /^Management VLAN 10/,
    /^virt-manager \/ Cockpit/,
  ]);
  await expect(
    list.getByRole('group', { name: 'Rack A – production zone › kvm-node-01' }).getByRole('option'),
  ).toHaveCount(12);
  await page.screenshot({ path: test.info().outputPath('component-list.png') });
  await expectAccessible(page, 'components list');

  await canvas.chooseFromComponentList('golden');
  await expect(canvas.node(FAR)).toHaveCount(1);
  await canvas.expectSelected(FAR);
  await expect(canvas.focusableNode(FAR)).toBeFocused();
  await expect.poll(() => inView(page, canvas, FAR)).toBe(true);
  await expect(canvas.minimap()).toBeVisible();
  await expect.poll(() => underMinimap(page, canvas, FAR)).toBe(false);
  await canvas.openInspector();
  await expect(canvas.inspectorField('Name')).toHaveValue(FAR);
  await page.screenshot({ path: test.info().outputPath('component-list-revealed.png') });
});

test('the filter matches names and types; arrow keys move through the matches; Escape closes it where it was opened', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.openComponentList('toolbar');
  const list = canvas.componentList();
  const filter = list.getByRole('combobox', { name: 'Filter components' });
  // "guest" is the type (Guest VM) of three components with other names.
  await page.keyboard.type('GUEST');
  await expect(canvas.componentListOptions()).toHaveText([
    /^analytics-gpu-01\s*Guest VM$/,
    /^db-01\s*Guest VM$/,
    /^web-01\s*Guest VM$/,
  ]);
  await expect(list.getByTestId('component-list-count')).toHaveText('3 of 20 components');
  const active = () => list.locator('[role="option"][aria-selected="true"]');
  await expect(active()).toHaveText(/^analytics-gpu-01/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(active()).toHaveText(/^web-01/);
  await expect(filter).toHaveAttribute('aria-activedescendant', (await active().getAttribute('id'))!);
  // Past the last one it stays there.
  await page.keyboard.press('ArrowDown');
  await expect(active()).toHaveText(/^web-01/);
  await page.keyboard.press('ArrowUp');
  await expect(active()).toHaveText(/^db-01/);

  await filter.fill('no such thing');
  await expect(canvas.componentListOptions()).toHaveCount(0);
  await expect(list).toContainText('No component matches the filter.');
  await expect(list.getByTestId('component-list-count')).toHaveText('0 of 20 components');
  await expectAccessible(page, 'components list, nothing matches');
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(canvas.toolbarButton('Components…')).toBeFocused();

  // Enter on a match chosen with the arrows selects that one (not the first).
  await canvas.openComponentList('toolbar');
  await page.keyboard.type('guest');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await canvas.expectSelected('db-01');
  await expect(canvas.focusableNode('db-01')).toBeFocused();
  // The list opens on the selected component.
  await canvas.openComponentList('key');
  await expect(list.locator('[role="option"][aria-selected="true"]')).toHaveText(/^db-01/);
});
