// The replay theatre: a game's board week by week, seen from any side or as it truly was, with
// the week's news, the tree of timelines, and from any week a branch to play on, a comparison of
// two timelines, the odds, or a link that carries the game. It draws with the board's own
// renderer (board-draw.ts, legend.ts, board-camera.ts) and reads only the engine's views.
import * as Phaser from 'phaser';
import { app } from '../app';
import { regionDisplays, patronChips, supportArrows } from '../board-model';
import { BoardCamera } from '../board-camera';
import { MapRenderer } from '../board-draw';
import { showChrome } from '../chrome';
import { byId, canvasTip, dialogOpen } from '../dom';
import { guarded } from '../failure';
import { forceBreakdown } from '../format';
import { clearTargets, setReady } from '../hook';
import { drawLegend } from '../legend';
import { layoutBoard, type BoardLayout } from '../map-layout';
import { message } from '../menu-dialogs';
import { THEME } from '../palette';
import { startBranch } from './branch';
import { openCompare } from './compare';
import { stepOfKey, TRUTH } from './model';
import { openOdds } from './odds-view';
import { chooseReplayFile, syncSession } from './open';
import { shareDialog } from './share-dialog';
import { renderTheatreSide } from './side';
import { Theatre, type TheatreOverlay } from './theatre';
import { renderTheatreTopbar } from './topbar';
import './theatre.css';

const NO_ORDERS: ReadonlySet<string> = new Set();

export class TheatreScene extends Phaser.Scene {
  private theatre!: Theatre;
  private map: MapRenderer | null = null;
  private layout: BoardLayout | null = null;
  private camera: BoardCamera | null = null;
  private uiCam!: Phaser.Cameras.Scene2D.Camera;
  private uiObjects: Phaser.GameObjects.GameObject[] = [];
  private legendH = 0;
  private hovered: string | null = null;
  /** The scenario the map was laid out for (another scenario's timeline restarts the scene). */
  private mapScenario: string | null = null;
  private overlay: TheatreOverlay | null = null;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

  constructor() {
    super('theatre');
  }

  create(): void {
    this.theatre = app.theatre ??= Theatre.load();
    syncSession(this.theatre);
    this.theatre.showing = true;
    this.map = null;
    this.layout = null;
    this.camera = null;
    this.overlay = null;
    this.hovered = null;
    showChrome('theatre');
    const cam = this.cameras.main;
    cam.setBackgroundColor(THEME.background);
    cam.roundPixels = false;
    this.uiCam = this.cameras.add(0, 0, this.scale.width, this.scale.height).setName('ui');
    this.uiObjects = [];
    this.drawMap();
    this.scale.on('resize', this.onResize, this);
    document.addEventListener('keydown', this.onKey);
    this.events.once('shutdown', () => {
      this.theatre.showing = false;
      this.overlay?.close();
      this.scale.off('resize', this.onResize, this);
      document.removeEventListener('keydown', this.onKey);
      clearTargets('theatre.');
      canvasTip(null);
    });
    this.refresh();
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      setReady('theatre', true);
      this.tellProblems();
    });
  }

  /** Lays out and draws the map of the shown timeline's scenario (once per scenario). */
  private drawMap(): void {
    const g = this.theatre.current();
    if (!g) return;
    const view = g.view(0, TRUTH);
    this.mapScenario = view.scenarioId;
    this.layout = layoutBoard(view.regionOrder.map((id) => ({ id, lat: view.regions[id].lat, lon: view.regions[id].lon })));
    this.map = new MapRenderer(this, this.layout, (o) => {
      this.uiCam.ignore(o);
      return o;
    });
    this.map.drawStatic(view, (id, e) => this.onRegion(id, e));
    this.drawLegend();
    this.camera = new BoardCamera(this, this.layout, () => this.legendH, (p) => {
      const ev = p.event as MouseEvent | undefined;
      if (this.hovered && ev) canvasTip(this.regionTip(this.hovered), { x: ev.clientX, y: ev.clientY });
    });
    this.camera.addButtons();
    this.camera.fit();
  }

  private drawLegend(): void {
    for (const o of this.uiObjects) o.destroy();
    this.uiObjects = [];
    const view = this.theatre.view();
    if (!view) return;
    this.legendH = drawLegend(this, view, (o) => {
      this.cameras.main.ignore(o);
      this.uiObjects.push(o);
      return o;
    });
  }

  /** Draws the shown week from the shown perspective, and the bars around it. */
  private refresh(): void {
    const t = this.theatre;
    const view = t.view();
    if (view && this.map && this.layout) {
      const displays = regionDisplays(view);
      this.map.drawRegions(displays, null, this.hovered, NO_ORDERS);
      this.map.drawCounters(displays);
      this.map.drawArrows(supportArrows(view, this.layout), patronChips(view, this.layout));
    }
    renderTheatreTopbar(byId('topbar'), t, {
      go: (w) => this.change(() => t.goTo(w)),
      step: (s) => this.change(() => t.step(s)),
      share: () => guarded('The link could not be made', () => shareDialog(t)),
      file: () => chooseReplayFile((replay, name) => this.change(() => t.add(replay, name))),
      menu: () => this.toMenu(),
    });
    const select = (id: string) => this.change(() => t.select(id));
    renderTheatreSide(byId('side'), t, {
      timeline: select,
      perspective: (p) => this.change(() => (t.perspective = p)),
      branch: () => guarded('The branch could not start', () => startBranch(this, t)),
      compare: () => this.show(() => openCompare(byId('main-overlay'), t, () => (this.overlay = null), select)),
      odds: () => this.show(() => openOdds(byId('main-overlay'), t, () => (this.overlay = null), select)),
      file: () => chooseReplayFile((replay, name) => this.change(() => t.add(replay, name))),
    });
  }

  /** What could not be read back or stored, said once. */
  private tellProblems(): void {
    const problems = this.theatre.problems.splice(0);
    if (problems.length > 0) void message('Some timelines could not be kept', `${problems.join('; ')}.`);
  }

  /** Applies a change; a timeline of another scenario needs another map, so the scene restarts. */
  private change(apply: () => void): void {
    apply();
    this.tellProblems();
    const view = this.theatre.view();
    if (view && view.scenarioId !== this.mapScenario) {
      this.scene.restart();
      return;
    }
    this.drawLegend();
    this.refresh();
    this.overlay?.refresh?.();
  }

  /** Opens a view over the board and the side panel (compare, odds: the whole width for two columns), closing the one open before. */
  private show(open: () => TheatreOverlay): void {
    this.overlay?.close();
    this.overlay = open();
  }

  private onResize(size: Phaser.Structs.Size): void {
    this.uiCam.setSize(size.width, size.height);
    this.cameras.main.setSize(size.width, size.height);
    this.drawLegend();
    this.camera?.fit();
  }

  override update(): void {
    if (this.uiCam.width !== this.scale.width || this.uiCam.height !== this.scale.height) this.onResize(this.scale.gameSize);
  }

  private regionTip(id: string): string {
    const view = this.theatre.view();
    const r = view?.regions[id];
    if (!view || !r) return '';
    const who = (a: string | null) => (a === null ? 'no one' : view.actors[a]?.name ?? a);
    return [`${r.name} \u2014 held by ${who(r.controller)}`, ...r.forces.map((f) => `${who(f.actor)}${f.estimate ? ' (estimate)' : ''}: ${forceBreakdown(f.forces, f.estimate)}`)].join('\n');
  }

  private onRegion(id: string, e: 'over' | 'out' | 'up'): void {
    if (e === 'up') return;
    this.hovered = e === 'over' ? id : this.hovered === id ? null : this.hovered;
    if (e === 'out') canvasTip(null);
    const view = this.theatre.view();
    if (view && this.map) this.map.drawRegions(regionDisplays(view), null, this.hovered, NO_ORDERS);
  }

  private key(e: KeyboardEvent): void {
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
    if (dialogOpen()) return;
    const step = stepOfKey(e.key);
    if (step) {
      e.preventDefault();
      this.change(() => this.theatre.step(step));
    } else if (e.key === 'Escape') this.overlay?.close();
  }

  private toMenu(): void {
    setReady('menu', false);
    this.scene.start('menu');
  }
}
