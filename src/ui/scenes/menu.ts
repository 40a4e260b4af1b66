// The menu: scenario, actor, difficulty, variant and seed; new game, continue, or load a file (a
// save plays on; a replay opens in the replay theatre, which the top right button also opens).
import * as Phaser from 'phaser';
import { app, randomSeed, scenarioOf, scenarios } from '../app';
import { showChrome } from '../chrome';
import { DIFFICULTIES } from '../computer';
import { h } from '../dom';
import { guarded } from '../failure';
import { clearTargets, setReady } from '../hook';
import { forgetLink, readLink, type LinkRequest } from '../link';
import { checkFileSize, sessionFromFile } from '../loading';
import { askLinkOverSave, autosaveLine, message, reportRefusedAutosave } from '../menu-dialogs';
import { actorColour, THEME } from '../palette';
import { newHotSeat } from '../hotseat-menu';
import { GameSession, type Outcome } from '../session';
import { checkSettings, SEED_MAX, type RawSettings } from '../settings';
import { checkAutosave, hasAutosave, writeAutosave, type AutosaveCheck } from '../store';
import { openTheatreLink, showTheatre, withTheatre } from '../theatre/door';
import { font, TextButton } from '../widgets';

export class MenuScene extends Phaser.Scene {
  private seedBox: HTMLElement | null = null;
  /** The autosave as checked when the menu opened: rebuilt into a game, refused, or none. */
  private autosave: AutosaveCheck = { kind: 'none' };

  constructor() {
    super('menu');
  }

  create(): void {
    const first = !this.game.registry.get('arrived');
    this.game.registry.set('arrived', true);
    let link: LinkRequest = first ? readLink(location.search, app.choice) : { kind: 'none' };
    // A link to a game with no autosave to protect starts it at once, before the menu is drawn.
    if (link.kind === 'play' && !hasAutosave()) {
      const started = this.startGame(link.config);
      if (started.ok) return;
      link = { kind: 'refused', message: started.message };
    }
    this.autosave = checkAutosave();
    const joining = this.classFromAddress();
    showChrome('menu');
    this.cameras.main.setBackgroundColor(THEME.background);
    this.layout();
    this.scale.on('resize', this.layout, this);
    this.events.once('shutdown', () => {
      this.scale.off('resize', this.layout, this);
      this.seedBox?.remove();
      this.seedBox = null;
      clearTargets('menu.');
    });
    setReady('menu', false);
    // A join link opens the class screens, which say when they are ready; the menu's own news waits.
    if (!joining) guarded('The menu could not open', () => this.arrive(link));
  }

  /** Loads the class screens (a separate bundle) and opens one. */
  private async classMode(open: (m: typeof import('../class')) => void | Promise<void>): Promise<void> {
    setReady('menu', false);
    try {
      await open(await import('../class'));
    } catch (e) {
      setReady('menu', true);
      void message('Class mode could not load', `The class screens did not load (${(e as Error).message}). Check the connection to the server and reload.`);
    }
  }

  /** The join link, ?class=CODE: back to this browser's seat in that class, or its join form. */
  private classFromAddress(): boolean {
    const code = new URLSearchParams(location.search).get('class');
    if (!code || this.game.registry.get('classLinkUsed')) return false;
    this.game.registry.set('classLinkUsed', true);
    void this.classMode((m) => m.joinFromLink(this, code));
    return true;
  }

  /** What the menu says when it opens: a refused autosave, a bad link, or a link to ask about. */
  private async arrive(link: LinkRequest): Promise<void> {
    if (this.autosave.kind === 'refused') await reportRefusedAutosave(this.autosave);
    if (link.kind === 'refused') {
      forgetLink();
      await message('This link cannot start a game', `${link.message} The menu is open instead.`);
    } else if (link.kind === 'preset') {
      forgetLink();
      Object.assign(app.choice, link.config);
      this.layout();
    } else if (link.kind === 'replay' || link.kind === 'theatre') {
      forgetLink();
      const refused = await openTheatreLink(this, link.kind, link.value);
      if (refused === null) return;
      await message('This link cannot open a replay', `${refused} The menu is open instead.`);
    } else if (link.kind === 'play') {
      const saved = this.autosave.kind === 'ok' ? this.autosave.session : null;
      if (saved && (await askLinkOverSave(saved, link.config)) === 'continue') {
        forgetLink();
        this.enter(saved);
        return;
      }
      const started = this.startGame(link.config);
      if (started.ok) return;
      forgetLink();
      await message('This link cannot start a game', started.message);
    }
    setReady('menu', true);
  }

  private layout(): void {
    this.children.removeAll(true);
    clearTargets('menu.');
    const W = this.scale.width;
    const H = this.scale.height;
    const c = app.choice;
    const scenario = scenarioOf(c.scenarioId) ?? Object.values(scenarios)[0];
    if (!scenario.actors.some((a) => a.id === c.human && a.playable)) c.human = scenario.actors.find((a) => a.playable)?.id ?? c.human;
    if (c.variant && !scenario.variants.some((v) => v.id === c.variant)) c.variant = null;

    const left = Math.max(24, Math.round(W * 0.03));
    const colW = Math.min(380, Math.round(W * 0.3));
    this.add.text(left, 22, 'Karabakh 2020', font(34, { bold: true }));
    this.add.text(left, 66, 'The 2020 Nagorno-Karabakh war as a Russia\u2013Turkey proxy contest. One turn is one week.', font(15, { colour: '#b8c0cc' }));
    new TextButton(this, W - left - 190, 20, 190, 40, 'Replay theatre', () => void showTheatre(this), { id: 'theatre.open', size: 15, tip: 'Step through a game week by week from any side, branch it, compare, share (a replay file, a debrief, a link)' });

    let y = 110;
    const section = (label: string) => {
      this.add.text(left, y, label.toUpperCase(), font(12, { bold: true, colour: '#a9b2bf' }));
      y += 20;
    };
    section('Scenario');
    for (const s of Object.values(scenarios)) {
      new TextButton(this, left, y, colW, 50, s.title, () => this.choose({ scenarioId: s.id }), {
        id: `menu.scenario.${s.id}`,
        selected: s.id === c.scenarioId,
        sub: `${s.calendar.turns} turns of a week from ${s.calendar.start}`,
      });
      y += 56;
    }
    y += 6;
    section('Variant');
    const variants: { id: string | null; name: string; description: string }[] = [
      { id: null, name: 'As it happened', description: 'The historical situation.' },
      ...scenario.variants.map((v) => ({ id: v.id, name: v.name, description: v.description })),
    ];
    // Two to a row, so that the class and hot-seat buttons stay on screen at 1024 × 640.
    const vw = Math.floor((colW - 6) / 2);
    variants.forEach((v, i) => {
      new TextButton(this, left + (i % 2) * (vw + 6), y, vw, 30, v.name, () => this.choose({ variant: v.id }), {
        id: `menu.variant.${v.id ?? 'none'}`,
        selected: v.id === c.variant,
        size: 12,
      });
      if (i % 2 === 1 || i === variants.length - 1) y += 34;
    });
    y += 6;
    section('Difficulty');
    const dw = Math.floor((colW - 12) / 3);
    DIFFICULTIES.forEach((d, i) => {
      new TextButton(this, left + i * (dw + 6), y, dw, 34, d[0].toUpperCase() + d.slice(1), () => this.choose({ difficulty: d }), {
        id: `menu.difficulty.${d}`,
        selected: d === c.difficulty,
      });
    });
    y += 44;
    section('Seed');
    this.placeSeedBox(left, y);
    y += 46;

    const save = this.autosave.kind === 'ok' ? this.autosave.session : null;
    const bw = Math.floor((colW - 12) / 3);
    new TextButton(this, left, y, bw, 42, 'Start', () => this.start(), { id: 'menu.start', primary: true, size: 16 });
    new TextButton(this, left + bw + 6, y, bw, 42, 'Continue', () => this.continueSaved(), { id: 'menu.continue', disabled: !save });
    new TextButton(this, left + 2 * (bw + 6), y, bw, 42, 'Load file\u2026', () => this.loadFile(), { id: 'menu.load' });
    y += 50;
    // Class mode: its screens (and the network client) load only when asked for.
    const cw3 = Math.floor((colW - 12) / 3);
    new TextButton(this, left, y, cw3, 38, 'Hot seat\u2026', () => this.hotSeat(), { id: 'menu.hotseat', size: 14, tip: 'Several teams take turns at this screen; the computer plays the rest' });
    new TextButton(this, left + cw3 + 6, y, cw3, 38, 'Host a class', () => void this.classMode((m) => m.hostForm(this)), { id: 'menu.class.host', size: 14, tip: 'Teams play from their own browsers; you facilitate' });
    new TextButton(this, left + 2 * (cw3 + 6), y, cw3, 38, 'Join a class', () => void this.classMode((m) => m.joinForm(this)), { id: 'menu.class.join', size: 14 });
    y += 46;
    if (save) this.add.text(left, y, autosaveLine(save), font(12, { colour: '#a9b2bf', wrap: colW }));

    // Right: who you play.
    const rx = left + colW + Math.max(24, Math.round(W * 0.03));
    const rw = W - rx - left;
    this.add.text(rx, 110, 'PLAY AS', font(12, { bold: true, colour: '#a9b2bf' }));
    const playable = scenario.actors.filter((a) => a.playable);
    const cols = rw > 700 ? 2 : 1;
    const cw = Math.floor((rw - (cols - 1) * 10) / cols);
    const ch = cols === 2 ? 104 : 84;
    playable.forEach((a, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      new TextButton(this, rx + col * (cw + 10), 130 + row * (ch + 8), cw, ch, a.name, () => this.choose({ human: a.id }), {
        id: `menu.actor.${a.id}`,
        selected: a.id === c.human,
        swatch: actorColour(a.id),
        sub: a.briefing,
        size: 16,
      });
    });
    const rowsUsed = Math.ceil(playable.length / cols);
    const dy = 130 + rowsUsed * (ch + 8) + 10;
    const human = scenario.actors.find((a) => a.id === c.human);
    const computer = scenario.actors.filter((a) => !a.background && a.id !== c.human && a.commandedBy !== c.human).map((a) => a.name);
    const background = scenario.actors.filter((a) => a.background).map((a) => a.name);
    const commanded = scenario.actors.filter((a) => a.commandedBy === c.human).map((a) => a.name);
    const variant = scenario.variants.find((v) => v.id === c.variant);
    const desc = [
      scenario.description,
      variant ? `Variant \u2014 ${variant.name}: ${variant.description}` : '',
      `You play ${human?.name ?? c.human}${commanded.length ? ` and command ${commanded.join(', ')}` : ''}. The computer plays ${computer.join(', ')}; ${background.join(', ')} react by rule.`,
    ]
      .filter(Boolean)
      .join('\n\n');
    if (dy < H - 40) this.add.text(rx, dy, desc, font(13, { colour: '#b8c0cc', wrap: rw }));
    this.add.text(W - left, H - 22, 'Keys in game: E end turn \u00b7 N next region \u00b7 Esc cancel \u00b7 H help', font(12, { colour: '#7f8a99' })).setOrigin(1, 0.5);
  }

  private placeSeedBox(x: number, y: number): void {
    this.seedBox?.remove();
    const input = h('input', { type: 'text', value: app.choice.seed, 'aria-label': 'Seed', 'data-hook': 'menu.seed', spellcheck: 'false', maxlength: SEED_MAX });
    input.addEventListener('input', () => (app.choice.seed = input.value.trim() || app.choice.seed));
    const box = h(
      'div',
      { class: 'menu-field', style: `left:${x}px;top:${y}px` },
      input,
      h('button', { 'data-hook': 'menu.newSeed', 'data-tip': 'A new random seed', onclick: () => { app.choice.seed = randomSeed(); input.value = app.choice.seed; } }, 'New'),
    );
    document.getElementById('board-overlay')!.append(box);
    this.seedBox = box;
  }

  private choose(patch: Partial<typeof app.choice>): void {
    Object.assign(app.choice, patch);
    this.layout();
  }

  private start(): void {
    guarded('The game could not start', () => {
      const started = this.startGame(app.choice);
      if (!started.ok) void message('Cannot start', started.message);
    });
  }

  /** Starts a new game with these settings (checked first); the link, if any, leaves the address. */
  private startGame(settings: RawSettings): Outcome {
    const checked = checkSettings(scenarios, settings);
    if (!checked.ok) return checked;
    const made = GameSession.start(checked.scenario, checked.config);
    if (!made.ok) return made;
    writeAutosave(made.session);
    forgetLink();
    this.enter(made.session);
    return { ok: true };
  }

  /** Hot seat: the teams are ticked in a dialog; the game starts like Start's, autosaved. */
  private hotSeat(): void {
    guarded('The hot-seat game could not start', async () => {
      const made = await newHotSeat(app.choice);
      if (!made) return;
      if (!made.ok) return message('Cannot start', made.message);
      writeAutosave(made.session);
      forgetLink();
      this.enter(made.session);
    });
  }

  private continueSaved(): void {
    const saved = this.autosave.kind === 'ok' ? this.autosave.session : null;
    if (saved) guarded('The saved game could not continue', () => this.enter(saved));
  }

  private loadFile(): void {
    const input = h('input', { type: 'file', accept: '.json,application/json' });
    input.addEventListener('change', () =>
      guarded('The file could not be loaded', async () => {
        const file = input.files?.[0];
        if (!file) return;
        const size = checkFileSize(file.size);
        const res = size.ok ? sessionFromFile(await file.text(), app.choice) : size;
        if (!res.ok) {
          await message('Cannot load this file', res.message);
          return;
        }
        // A replay is a game to watch (and branch): the theatre; a save is a game to play on.
        if (res.from === 'replay') {
          await withTheatre(this, ({ openTheatre }) => openTheatre(this, res.session.replay, file.name.replace(/(\.replay)?\.json$/i, '')));
          return;
        }
        writeAutosave(res.session);
        this.enter(res.session);
      }),
    );
    input.click();
  }

  private enter(session: GameSession): void {
    app.session = session;
    const key = session.state.ended ? 'debrief' : 'board';
    setReady(key, false);
    this.scene.start(key);
  }
}
