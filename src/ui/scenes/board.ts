// The board: the map and the turn UI around it (the end of the turn and its playback are in
// board-turn.ts). It reads the view and gives orders at its table (this browser's game, or a class
// on a server: see table.ts); every rule lives in the engine.
import * as Phaser from 'phaser';
import type { View } from '../../engine';
import { app } from '../app';
import { orderArrows, patronChips, regionDisplays, supportArrows } from '../board-model';
import { BoardCamera } from '../board-camera';
import { MapRenderer } from '../board-draw';
import { boardKeyAction } from '../board-keys';
import { showChrome } from '../chrome';
import { byId, canvasTip, dialogOpen, h, showDialog } from '../dom';
import { forceBreakdown } from '../format';
import { clearTargets, registerTarget, setReady } from '../hook';
import { drawLegend } from '../legend';
import { layoutBoard, type BoardLayout } from '../map-layout';
import { THEME } from '../palette';
import { renderSide, type SideState } from '../panels/side';
import { renderTopbar } from '../panels/topbar';
import type { OrderOption, Play } from '../play';
import { localTable, type Table } from '../table';
import { pageFromWorld } from '../widgets';
import { HELP_ROWS } from '../help';
import { BoardTurn } from './board-turn';

export class BoardScene extends Phaser.Scene {
  private table!: Table;
  private session!: Play;
  private layout!: BoardLayout;
  private map!: MapRenderer;
  private uiCam!: Phaser.Cameras.Scene2D.Camera;
  private uiObjects: Phaser.GameObjects.GameObject[] = [];
  private side: SideState = { tab: 'orders', selected: null, error: null, showStats: false };
  private hovered: string | null = null;
  /** Ending the turn and playing it back; while it runs the board takes no orders. */
  private turn!: BoardTurn;
  private camera!: BoardCamera;
  private legendH = 0;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

  constructor() {
    super('board');
  }

  create(): void {
    const table = app.table ?? (app.session ? localTable(app.session) : null);
    if (!table) {
      this.scene.start('menu');
      return;
    }
    if (table.handover?.()) {
      this.scene.start('handover');
      return;
    }
    this.table = table;
    const s = table.play;
    this.session = s;
    this.side = { tab: s.state.turn > 0 ? 'news' : 'orders', selected: null, error: null, showStats: false };
    showChrome('board');
    const view = s.view();
    this.layout = layoutBoard(view.regionOrder.map((id) => ({ id, lat: view.regions[id].lat, lon: view.regions[id].lon })));
    const cam = this.cameras.main;
    cam.setBackgroundColor(THEME.background);
    cam.roundPixels = false;
    this.uiCam = this.cameras.add(0, 0, this.scale.width, this.scale.height).setName('ui');
    this.uiObjects = [];
    this.map = new MapRenderer(this, this.layout, (o) => {
      this.uiCam.ignore(o);
      return o;
    });
    this.turn = new BoardTurn({ scene: this, table, side: this.side, map: this.map, refresh: () => this.refresh(), redrawRegions: () => this.redrawRegionsOnly() });
    this.map.drawStatic(view, (id, e) => this.onRegion(id, e));
    this.drawLegend(view);
    this.camera = new BoardCamera(this, this.layout, () => this.legendH, (p) => {
      const ev = p.event as MouseEvent | undefined;
      if (this.hovered && ev) canvasTip(this.regionTip(this.hovered), { x: ev.clientX, y: ev.clientY });
    });
    this.camera.addButtons();
    this.camera.fit();
    this.scale.on('resize', this.onResize, this);
    document.addEventListener('keydown', this.onKey);
    for (const id of view.regionOrder) {
      registerTarget(`board.region.${id}`, () => {
        const c = this.layout.cells[id];
        return c ? pageFromWorld(this, cam, c.centre.x, c.centre.y + 22) : null;
      });
    }
    const unwatch = table.watch({
      resolved: (log, before) => this.turn.resolved(log, before),
      changed: () => {
        if (!this.turn.busy) this.refresh();
      },
    });
    this.events.once('shutdown', () => {
      unwatch();
      this.scale.off('resize', this.onResize, this);
      document.removeEventListener('keydown', this.onKey);
      clearTargets('board.');
      canvasTip(null);
    });
    this.refresh();
    // Ready once the first frame with the board has been drawn (unless a playback began: it says when).
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      if (!this.turn.busy) setReady('board', true);
    });
  }

  // ---- drawing ----------------------------------------------------------------------------

  private refresh(): void {
    const s = this.session;
    const view = s.view();
    const shown = this.turn.shown ?? view;
    const displays = regionDisplays(shown);
    const orderable = this.turn.busy ? new Set<string>() : new Set(s.regionsWithOrders());
    this.map.drawRegions(displays, this.side.selected, this.hovered, orderable);
    this.map.drawCounters(displays);
    const arrows = this.turn.busy ? [] : orderArrows(this.layout, s.pending);
    this.map.drawArrows([...supportArrows(shown, this.layout), ...arrows], patronChips(shown, this.layout));
    const panels = this.table.panels;
    if (panels) {
      panels.topbar(byId('topbar'), this.turn.busy, { help: () => void this.help(), menu: () => this.toMenu() });
      panels.side(byId('side'));
      return;
    }
    const look = { endTurn: this.turn.busy ? { label: 'Resolving\u2026', tip: 'The turn is being resolved.', disabled: true } : this.table.endTurnButton(), menuTip: this.table.menuTip, banner: this.table.banner() };
    renderTopbar(byId('topbar'), s, look, { endTurn: () => void this.turn.end(), help: () => void this.help(), menu: () => this.toMenu() });
    renderSide(byId('side'), s, this.side, {
      tab: (t) => {
        this.side.tab = t;
        this.side.error = null;
        this.refresh();
      },
      add: (o) => this.addOrder(o),
      remove: (i) => {
        s.removeOrder(i);
        this.side.error = null;
        this.refresh();
      },
      toggleStats: () => {
        this.side.showStats = !this.side.showStats;
        this.refresh();
      },
      refresh: () => this.refresh(),
    });
  }

  private redrawRegionsOnly(): void {
    const shown = this.turn.shown ?? this.session.view();
    const orderable = this.turn.busy ? new Set<string>() : new Set(this.session.regionsWithOrders());
    this.map.drawRegions(regionDisplays(shown), this.side.selected, this.hovered, orderable);
  }

  private ui<T extends Phaser.GameObjects.GameObject>(o: T): T {
    this.cameras.main.ignore(o);
    this.uiObjects.push(o);
    return o;
  }

  /** The legend strip along the bottom: redrawn whole, with the scene's size. */
  private drawLegend(view: View): void {
    for (const o of this.uiObjects) o.destroy();
    this.uiObjects = [];
    this.legendH = drawLegend(this, view, (o) => this.ui(o));
  }

  // ---- camera -----------------------------------------------------------------------------

  override update(): void {
    // The side panel opens after create(): catch the canvas size change on the next frame.
    if (this.uiCam.width !== this.scale.width || this.uiCam.height !== this.scale.height) this.onResize(this.scale.gameSize);
  }

  private onResize(size: Phaser.Structs.Size): void {
    this.uiCam.setSize(size.width, size.height);
    this.cameras.main.setSize(size.width, size.height);
    this.drawLegend(this.session.view());
    this.camera.fit();
  }

  // ---- input ------------------------------------------------------------------------------

  private regionTip(id: string): string {
    const view = this.turn.shown ?? this.session.view();
    const r = view.regions[id];
    const who = (a: string | null) => (a === null ? 'no one' : view.actors[a]?.name ?? a);
    const forces = r.forces.map((f) => `${who(f.actor)}${f.estimate ? ' (estimate)' : ''}: ${forceBreakdown(f.forces, f.estimate)}`);
    return [`${r.name} \u2014 held by ${who(r.controller)}`, `${r.terrain}${r.infrastructure.length ? ' \u00b7 ' + r.infrastructure.join(', ') : ''}`, ...forces].join('\n');
  }

  private onRegion(id: string, e: 'over' | 'out' | 'up'): void {
    if (e === 'over') {
      this.hovered = id;
      this.redrawRegionsOnly();
    } else if (e === 'out') {
      if (this.hovered === id) this.hovered = null;
      canvasTip(null);
      this.redrawRegionsOnly();
    } else if (!this.camera.dragged && !this.turn.busy) {
      this.select(id);
    }
  }

  private select(id: string | null): void {
    this.side.selected = id;
    this.side.tab = 'orders';
    this.side.error = null;
    this.refresh();
  }

  private addOrder(o: OrderOption): void {
    const res = this.session.addOrder(o.actor, o.order);
    this.side.error = res.ok ? null : res.message;
    this.refresh();
  }

  private nextRegion(): void {
    const list = this.session.regionsWithOrders();
    if (list.length === 0) return;
    const i = this.side.selected ? list.indexOf(this.side.selected) : -1;
    this.select(list[(i + 1) % list.length]);
  }

  private key(e: KeyboardEvent): void {
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
    if (dialogOpen()) return;
    const action = boardKeyAction(e.key, this.turn.busy);
    if (!action) return;
    switch (action.kind) {
      case 'skip-playback':
        e.preventDefault();
        this.turn.skip();
        break;
      case 'end-turn':
        e.preventDefault();
        void this.turn.end();
        break;
      case 'next-region':
        this.nextRegion();
        break;
      case 'deselect':
        this.select(null);
        break;
      case 'help':
        void this.help();
        break;
      case 'zoom':
        this.camera.zoomBy(action.factor);
        break;
      case 'fit':
        this.camera.fit();
        break;
      case 'tab':
        this.side.tab = action.tab;
        this.refresh();
        break;
    }
  }

  private help(): Promise<string> {
    return showDialog(
      'How to play',
      [
        h('p', {}, 'You give orders for one week at a time. Click a region where you have forces (white dot) to see the orders you can give there, with their cost and, for attacks, the chance of success (hover for the modifiers). Diplomacy and proxy support have their own tabs. When you are done, End turn: every actor\u2019s orders resolve together, the fights play out on the board, and the news tells you what happened and why.'),
        h('table', { class: 'fig' }, ...HELP_ROWS.map(([k, v]) => h('tr', {}, h('td', {}, h('kbd', {}, k)), h('td', {}, v)))),
      ],
      [{ key: 'ok', label: 'OK', primary: true }],
    );
  }

  private toMenu(): void {
    if (this.turn.busy) return;
    this.table.leave();
    app.table = null;
    setReady('menu', false);
    this.scene.start('menu');
  }
}
