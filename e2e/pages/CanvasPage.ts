import { expect, type Locator, type Page } from '@playwright/test';
import { WorkbenchPage } from './WorkbenchPage';

/** Page object of the architecture editor: palette, canvas, its toolbar, dialogs and inspector. */
export class CanvasPage extends WorkbenchPage {
  constructor(page: Page) {
    super(page);
  }

  /** The canvas toolbar (Fit, Auto-layout, Snap, …). */
  toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Canvas' });
  }

  toolbarButton(name: string | RegExp): Locator {
    return this.toolbar().getByRole('button', { name });
  }

  /**
   * How many components the platform has, as the inspector's scope form says with nothing
   * selected (it counts off-screen ones too; a click on an empty corner of the canvas first).
   */
  async componentCount(): Promise<number> {
    await this.clickEmptyCanvas();
    const text = await this.page
      .locator('.inspector')
      .getByText(/components? on the canvas/)
      .textContent();
    return Number(/(\d+) components? on the canvas/.exec(text ?? '')?.[1]);
  }

  /** Opens the template gallery (New… in the top bar) and starts from `templateId` (`empty` for an empty platform). */
  async startFrom(templateId: string): Promise<void> {
    await this.page.getByTestId('open-new-project').click();
    await expect(this.templateGallery()).toBeVisible();
    await this.templateCard(templateId).click();
    await expect(this.templateGallery()).toBeHidden();
  }

  /** The template gallery (New… in the top bar, or the welcome's first choice). */
  templateGallery(): Locator {
    return this.page.getByTestId('template-gallery');
  }

  /** A template's card in the gallery (`empty` for an empty platform). */
  templateCard(templateId: string): Locator {
    return this.page.getByTestId(`template-${templateId}`);
  }

  /** React Flow's whole area: the canvas as the user sees it, controls included. */
  flowArea(): Locator {
    return this.page.locator('.react-flow');
  }

  /** Opens the app, starts an empty platform and adds `typeIds` from the palette in order (each lands inside the selection: a VM after a host goes into it). */
  async startEmptyWith(...typeIds: string[]): Promise<void> {
    await this.open();
    await this.startFrom('empty');
    for (const typeId of typeIds) await this.addFromPalette(typeId);
  }

  async projectName(): Promise<string> {
    return this.page.getByLabel('Project name').inputValue();
  }

  /** Clicks a component on the canvas (on its name, away from the connection handles). */
  async selectNode(name: string, options: { add?: boolean } = {}): Promise<void> {
    await this.node(name)
      .locator('.cmp-name')
      .click({ modifiers: options.add ? ['Shift'] : [] });
  }

  async expectSelected(name: string): Promise<void> {
    await expect(this.node(name)).toHaveClass(/is-selected/);
  }

  /** The component's box on the page. */
  async boxOf(name: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.node(name).boundingBox();
    if (!box) throw new Error(`${name} is not on screen`);
    return box;
  }

  connectDialog(): Locator {
    return this.page.getByTestId('connect-dialog');
  }

  /** With one component selected: C, then the other end, the kind and (when asked) the mode. */
  async connectByKeyboard(target: string, kind?: string | RegExp, mode?: string): Promise<void> {
    await this.page.keyboard.press('c');
    const dialog = this.connectDialog();
    await expect(dialog).toBeVisible();
    await this.chooseOtherEnd(target);
    if (kind) {
      const select = dialog.getByLabel('Kind of connection');
      const options = await select.locator('option').allTextContents();
      const match = options.find((o) => (typeof kind === 'string' ? o.startsWith(kind) : kind.test(o)));
      if (!match) throw new Error(`No connection kind ${kind} among ${options.join(' | ')}`);
      await select.selectOption({ label: match });
    }
    if (mode) await dialog.getByLabel('Mode').selectOption({ label: mode });
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Picks the other end in the open connect dialog by component name (options read "Name (Type)"). */
  async chooseOtherEnd(name: string): Promise<void> {
    const select = this.connectDialog().getByLabel('Other end');
    // The dialog loads on first use: read its options once it is there.
    await expect(select).toBeVisible();
    const options = await select.locator('option').allTextContents();
    const match = options.find((o) => o.startsWith(`${name} (`));
    if (!match) throw new Error(`No component ${name} among ${options.join(' | ')}`);
    await select.selectOption({ label: match });
  }

  /** React Flow's wrapper of a component's node: the element that takes the keyboard focus. */
  focusableNode(name: string): Locator {
    return this.page.locator('.react-flow__node', { has: this.node(name) });
  }

  /** The Components list dialog (L, or "Components…" in the canvas toolbar). */
  componentList(): Locator {
    return this.page.getByTestId('component-list-dialog');
  }

  componentListOptions(): Locator {
    return this.componentList().getByRole('option');
  }

  /** Opens the Components list with its shortcut (from the canvas) or its toolbar button. */
  async openComponentList(via: 'key' | 'toolbar' = 'key'): Promise<void> {
    if (via === 'key') await this.page.keyboard.press('l');
    else await this.toolbarButton('Components…').click();
    await expect(this.componentList()).toBeVisible();
    await expect(this.componentList().getByRole('combobox', { name: 'Filter components' })).toBeFocused();
  }

  /** With the list open: types `filter`, then Enter on the first match, as a keyboard user would. */
  async chooseFromComponentList(filter: string): Promise<void> {
    await this.page.keyboard.type(filter);
    await expect(this.componentListOptions().first()).toHaveAttribute('aria-selected', 'true');
    await this.page.keyboard.press('Enter');
    await expect(this.componentList()).toBeHidden();
  }

  /** The canvas's pane: its empty background. */
  canvasPane(): Locator {
    return this.page.locator('[data-testid="canvas"] .react-flow__pane');
  }

  /** Clicks the canvas's empty background near its left edge, `y` px down (clears the selection). */
  async clickEmptyCanvas(y = 400): Promise<void> {
    await this.canvasPane().click({ position: { x: 5, y } });
  }

  /** The open-recommendation badges the components carry. */
  openBadges(): Locator {
    return this.page.getByTestId('open-badge');
  }

  /** The inspector of the selected connection. */
  connectionInspector(): Locator {
    return this.page.getByTestId('connection-inspector');
  }

  /** Why the connect dialog refused a connection. */
  connectRefusal(): Locator {
    return this.page.getByTestId('connect-refusal');
  }

  /** The inline name editor of a component (double-click or F2). */
  nameEditor(): Locator {
    return this.page.getByTestId('node-name-editor');
  }

  /** A component's context menu. */
  nodeMenu(): Locator {
    return this.page.getByTestId('node-menu');
  }

  /** The simplified edges drawn at low zoom (level of detail), and the canvas while it is in that mode. */
  lodEdges(): Locator {
    return this.page.getByTestId('lod-edges');
  }

  canvasAtLowDetail(): Locator {
    return this.page.locator('[data-testid="canvas"].canvas-lod');
  }

  /** The resize handles React Flow draws on a selected container. */
  resizeHandles(name: string, selector = '.react-flow__resize-control'): Locator {
    return this.focusableNode(name).locator(selector);
  }

  /** The inspector's heading line: the selection's type, or "n components selected". */
  inspectorHeading(): Locator {
    return this.page.locator('.inspector-type');
  }

  minimap(): Locator {
    return this.page.locator('.react-flow__minimap');
  }

  /** The keyboard shortcuts dialog (?). */
  shortcutsDialog(): Locator {
    return this.page.getByTestId('shortcuts-dialog');
  }

  /** The palette's search box (/ focuses it). */
  paletteSearch(): Locator {
    return this.page.getByLabel('Search components');
  }

  /** A connection by its accessible name ("Runs on from A to B"). */
  edgeLabelled(label: string): Locator {
    return this.page.locator(`.react-flow__edge[aria-label="${label}"]`);
  }

  /** Zooms to 100 % with the zoom level button in the canvas controls. */
  async zoomTo100(): Promise<void> {
    await this.page.getByTestId('zoom-level').click();
    await expect(this.page.getByTestId('zoom-level')).toHaveText('100 %');
  }

  edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  /** Where an attribute's value came from ("from web-01.xml, <vcpu>"), shown under it. */
  attributeProvenance(attributeId: string): Locator {
    return this.inspectorAttribute(attributeId).getByTestId('attribute-provenance');
  }

  inspectorField(label: string): Locator {
    return this.page.locator('.inspector').getByLabel(label, { exact: true });
  }

  /** The inspector's "Change type" control: chooses `typeName` and applies it (one undo step). */
  async changeType(typeName: string): Promise<void> {
    await this.inspectorField('Change type').selectOption({ label: typeName });
    await this.page.locator('.inspector').getByTestId('change-type-apply').click();
  }

  /** The inspector's flag on an Unmapped component ("Needs review: choose a type"). */
  needsTypeFlag(): Locator {
    return this.page.locator('.inspector').getByTestId('needs-type-flag');
  }

  findingRecommendations(): Locator {
    return this.page.getByTestId('finding-recommendation');
  }

  /** The reason shown next to a recommendation among the selected component's findings. */
  findingReason(recommendationId: string): Locator {
    return this.page
      .locator('.findings .reason-list li')
      .filter({ has: this.page.locator('code', { hasText: new RegExp(`^${recommendationId}$`) }) })
      .getByTestId('finding-reason');
  }

  /** Components of the catalog type shown as `typeName` (the box's type line). */
  nodesOfType(typeName: string): Locator {
    return this.nodes().filter({
      has: this.page.locator('.cmp-type', { hasText: new RegExp(`^${escapeRegExp(typeName)}$`) }),
    });
  }

  /**
   * Drags with the mouse from the centre of `handle` to the page point `to`, in `steps` even
   * moves (React Flow needs several moves to see a drag, not a click).
   */
  async dragTo(handle: Locator, to: { x: number; y: number }, steps = 10): Promise<void> {
    const box = await handle.boundingBox();
    if (!box) throw new Error('the drag handle is not on screen');
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    for (let i = 1; i <= steps; i++)
      await this.page.mouse.move(start.x + ((to.x - start.x) * i) / steps, start.y + ((to.y - start.y) * i) / steps);
    await this.page.mouse.up();
  }

  /** Drags `handle` by `dx`, `dy` pixels (a node by its name, a resize handle), in 8 moves. */
  async dragBy(handle: Locator, dx: number, dy: number): Promise<void> {
    const box = await handle.boundingBox();
    if (!box) throw new Error('the drag handle is not on screen');
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await this.dragTo(handle, { x: start.x + dx, y: start.y + dy }, 8);
  }

  /** Drags a new connection from `from`'s bottom (source) handle to the page point `to` and releases it there. */
  async dragConnectionTo(from: Locator, to: { x: number; y: number }, steps = 12): Promise<void> {
    const handle = await from.locator('.react-flow__handle.source').boundingBox();
    if (!handle) throw new Error('the source handle is not on screen');
    await this.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps });
    await this.page.mouse.up();
  }

  /** Drags a new connection from `from` onto `to`, released at a point of `to`'s box given as fractions of it. */
  async dragConnection(from: Locator, to: Locator, at: { x: number; y: number }): Promise<void> {
    const target = await to.boundingBox();
    if (!target) throw new Error('the connection target is not on screen');
    await this.dragConnectionTo(from, { x: target.x + target.width * at.x, y: target.y + target.height * at.y });
  }

  /** Drops a new `typeId` from the palette at the page point `at` (HTML drag and drop onto the canvas). */
  async dropFromPalette(typeId: string, at: { x: number; y: number }): Promise<void> {
    const area = await this.canvas().boundingBox();
    if (!area) throw new Error('the canvas is not on screen');
    await this.paletteItem(typeId).dragTo(this.canvas(), { targetPosition: { x: at.x - area.x, y: at.y - area.y } });
  }

  async undo(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }

  async redo(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+z');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
