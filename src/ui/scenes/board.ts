// The board: the map, the turn UI around it, and the turn's playback. It reads the view and
// gives orders at its table (this browser's game, or a class on a server: see table.ts); every
// rule lives in the engine.
import * as Phaser from 'phaser';
import type { LogEntry, View } from '../../engine';
import { app } from '../app';
import { orderArrows, patronChips, regionDisplays, supportArrows } from '../board-model';
import { BoardCamera } from '../board-camera';
import { MapRenderer } from '../board-draw';
import { boardKeyAction } from '../board-keys';
import { showChrome } from '../chrome';
import { byId, canvasTip, dialogOpen, h, showDialog } from '../dom';
import { forceBreakdown } from '../format';
import { clearTargets, END_TURN_MEASURE, registerTarget, setReady } from '../hook';
import { drawLegend } from '../legend';
import { layoutBoard, type BoardLayout } from '../map-layout';
import { playbackSteps } from '../news';
import { THEME } from '../palette';
import { renderSide, type SideState } from '../panels/side';
import { renderTopbar } from '../panels/topbar';
import type { OrderOption, Play } from '../play';
import { localTable, type Table } from '../table';
import { pageFromWorld } from '../widgets';
import { HELP_ROWS } from '../help';
import { playbackText } from '../playback';

const STEP_MS = 650;
const MAX_STEPS = 14;

export class BoardScene extends Phaser.Scene {
  private table!: Table;
  private session!: Play;
  private layout!: BoardLayout;
  private map!: MapRenderer;
  private uiCam!: Phaser.Cameras.Scene2D.Camera;
  private uiObjects: Phaser.GameObjects.GameObject[] = [];
  private side: SideState = { tab: 'orders', selected: null, error: null, showStats: false };
  private hovered: string | null = null;
  private busy = false;
  private displayView: View | null = null;
  private skip: (() => void) | null = null;
  /** Turn work (ending a turn, playing one back) runs one at a time, in order. */
  private turnWork: Promise<void> = Promise.resolve();
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
    this.turnWork = Promise.resolve();
    this.side = { tab: s.state.turn > 0 ? 'news' : 'orders', selected: null, error: null, showStats: false };
    this.busy = false;
    this.displayView = null;
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
      resolved: (log, before) => this.serially(() => this.showTurn(log, before, null)),
      changed: () => {
        if (!this.busy) this.refresh();
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
      if (!this.busy) setReady('board', true);
    });
  }

  // ---- drawing ----------------------------------------------------------------------------

  private refresh(): void {
    const s = this.session;
    const view = s.view();
    const shown = this.displayView ?? view;
    const displays = regionDisplays(shown);
    const orderable = this.busy ? new Set<string>() : new Set(s.regionsWithOrders());
    this.map.drawRegions(displays, this.side.selected, this.hovered, orderable);
    this.map.drawCounters(displays);
    const arrows = this.busy ? [] : orderArrows(this.layout, s.pending);
    this.map.drawArrows([...supportArrows(shown, this.layout), ...arrows], patronChips(shown, this.layout));
    const panels = this.table.panels;
    if (panels) {
      panels.topbar(byId('topbar'), this.busy, { help: () => void this.help(), menu: () => this.toMenu() });
      panels.side(byId('side'));
      return;
    }
    const look = { endTurn: this.busy ? { label: 'Resolving\u2026', tip: 'The turn is being resolved.', disabled: true } : this.table.endTurnButton(), menuTip: this.table.menuTip, banner: this.table.banner() };
    renderTopbar(byId('topbar'), s, look, { endTurn: () => void this.endTurn(), help: () => void this.help(), menu: () => this.toMenu() });
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
    const shown = this.displayView ?? this.session.view();
    const orderable = this.busy ? new Set<string>() : new Set(this.session.regionsWithOrders());
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
    const view = this.displayView ?? this.session.view();
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
    } else if (!this.camera.dragged && !this.busy) {
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
    const action = boardKeyAction(e.key, this.busy);
    if (!action) return;
    switch (action.kind) {
      case 'skip-playback':
        e.preventDefault();
        this.skip?.();
        break;
      case 'end-turn':
        e.preventDefault();
        void this.endTurn();
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
    if (this.busy) return;
    this.table.leave();
    app.table = null;
    setReady('menu', false);
    this.scene.start('menu');
  }

  // ---- the turn ---------------------------------------------------------------------------

  private serially(work: () => Promise<void>): void {
    this.turnWork = this.turnWork.then(work, work);
  }

  private async endTurn(): Promise<void> {
    if (this.busy || dialogOpen() || this.table.endTurnButton().disabled) return;
    const s = this.session;
    if (s.pending.length === 0) {
      const q = this.table.emptyTurn;
      const answer = await showDialog(q.title, q.text, [
        { key: 'ok', label: q.confirm, primary: true },
        { key: 'cancel', label: 'Cancel' },
      ]);
      if (answer !== 'ok') return;
    }
    if (this.busy) return;
    this.serially(() => this.endTurnNow());
  }

  private async endTurnNow(): Promise<void> {
    setReady('board', false);
    // npm run bench times end turn → next orders on screen, less the playback (END_TURN_MEASURE).
    const started = performance.now();
    this.busy = true;
    this.side.draft = null;
    const before = this.session.view();
    this.displayView = before;
    this.refresh();
    await nextFrame();
    const res = await this.table.endTurn();
    if (res.ok && this.table.handover?.()) {
      this.scene.start('handover');
      return;
    }
    if (!res.ok || res.log === null) {
      this.busy = false;
      this.displayView = null;
      this.side.error = res.ok ? null : `The turn could not be resolved: ${res.message}`;
      this.refresh();
      setReady('board', true);
      return;
    }
    await this.showTurn(res.log, before, started);
  }

  /** Plays a resolved turn back from `before`, then shows its news (and the end, if it came). */
  private async showTurn(log: readonly LogEntry[], before: View, started: number | null): Promise<void> {
    if (!this.scene.isActive()) return;
    setReady('board', false);
    this.busy = true;
    this.side.draft = null;
    this.displayView = before;
    this.refresh();
    const s = this.session;
    const playbackStart = performance.now();
    await this.playback(log, before);
    const playbackMs = performance.now() - playbackStart;
    this.busy = false;
    this.displayView = null;
    this.side.tab = 'news';
    this.side.selected = null;
    this.side.error = null;
    this.refresh();
    if (s.view().ended) {
      const end = log.find((e) => e.kind === 'end');
      await showDialog('The game is over', end ? end.text : 'The calendar has run out.', [{ key: 'ok', label: this.table.debrief ? 'See the debrief' : 'OK', primary: true }]);
      if (this.table.debrief) {
        setReady('debrief', false);
        this.scene.start('debrief');
        return;
      }
    }
    await nextFrame();
    if (started !== null) performance.measure(END_TURN_MEASURE, { start: started, duration: performance.now() - started - playbackMs });
    setReady('board', true);
  }

  private async playback(log: readonly LogEntry[], before: View): Promise<void> {
    const steps = playbackSteps(log).slice(0, MAX_STEPS);
    if (steps.length === 0 || new URLSearchParams(location.search).has('fast')) return;
    let skipped = false;
    const label = h('span', {}, '');
    const banner = h(
      'div',
      { class: 'playback', 'data-hook': 'playback' },
      h('b', {}, 'This week:'),
      label,
      h('button', { class: 'small', 'data-hook': 'playback.skip', onclick: () => this.skip?.() }, 'Skip \u25b6\u25b6'),
    );
    byId('board-overlay').append(banner);
    let regions = { ...before.regions };
    for (let i = 0; i < steps.length && !skipped; i++) {
      const e = steps[i];
      const p = playbackText(e, before);
      label.textContent = ` ${i + 1}/${steps.length} \u2014 ${p.caption}`;
      label.setAttribute('title', p.text);
      if (e.kind === 'capture' && regions[e.region]) {
        regions = { ...regions, [e.region]: { ...regions[e.region], controller: e.to } };
        this.displayView = { ...before, regions };
        this.redrawRegionsOnly();
      }
      if (p.region) this.map.pulse(p.region, p.colour, p.short, STEP_MS);
      await new Promise<void>((resolve) => {
        const timer = this.time.delayedCall(STEP_MS, () => resolve());
        this.skip = () => {
          skipped = true;
          timer.remove(false);
          resolve();
        };
      });
    }
    this.skip = null;
    banner.remove();
  }
}

function nextFrame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}
