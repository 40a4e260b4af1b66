// The debrief: scores and aims (yours and history's), charts over time, the moments that
// mattered, and buttons to export the replay, open it in the replay theatre and start again.
import * as Phaser from 'phaser';
import { scoreGame, dateOfTurn, longDate } from '../../engine';
import { app } from '../app';
import { showChrome } from '../chrome';
import { chartSeries, keyMoments, METRICS, type Series } from '../debrief-model';
import { closeOddsView, debriefOddsSection } from '../debrief-odds';
import { byId, h } from '../dom';
import { clearTargets, setReady } from '../hook';
import { historicalScores } from '../../report/history';
import { rollText } from '../../report/moments';
import { actorColour, cssColour, THEME } from '../palette';
import { clearAutosave, downloadJson } from '../store';
import { withTheatre } from '../theatre/door';
import { font } from '../widgets';
import { shortName } from '../format';

export class DebriefScene extends Phaser.Scene {
  constructor() {
    super('debrief');
  }

  create(): void {
    const s = app.session;
    if (!s) {
      this.scene.start('menu');
      return;
    }
    showChrome('debrief');
    this.cameras.main.setBackgroundColor(THEME.background);
    this.renderSide();
    this.drawCharts();
    this.scale.on('resize', this.drawCharts, this);
    this.events.once('shutdown', () => {
      this.scale.off('resize', this.drawCharts, this);
      closeOddsView();
      clearTargets('debrief.');
    });
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => setReady('debrief', true));
  }

  private drawCharts(): void {
    const s = app.session!;
    this.children.removeAll(true);
    const view = s.view();
    const W = this.scale.width;
    const H = this.scale.height;
    const pad = 20;
    const title = s.scenario.title;
    const ended = s.state.ended;
    const reason = ended ? { settlement: 'a settlement was signed', calendar: 'the calendar ran out', collapse: 'a government collapsed' }[ended.reason] : 'the game is still running';
    this.add.text(pad, 16, `Debrief \u2014 ${title}`, font(26, { bold: true }));
    this.add.text(pad, 52, `Ended ${longDate(dateOfTurn(view.calendar, view.turn))}, after ${view.turn} turns: ${reason}. ${s.hotseat ? 'Hot seat: the teams played' : 'You played'} ${s.humans.map((a) => view.actors[a].name).join(', ')}.`, font(14, { colour: '#b8c0cc', wrap: W - 2 * pad }));
    const top = 86;
    const cw = (W - pad * 3) / 2;
    const ch = (H - top - pad * 3) / 2;
    METRICS.forEach((m, i) => {
      const x = pad + (i % 2) * (cw + pad);
      const y = top + Math.floor(i / 2) * (ch + pad);
      this.chart(x, y, cw, ch, m.title, chartSeries(view, view.history, m.metric, s.humansLog()), (a) => shortName(view.actors[a]?.name ?? a));
    });
  }

  private chart(x: number, y: number, w: number, hgt: number, title: string, series: Series[], name: (a: string) => string): void {
    const g = this.add.graphics();
    g.fillStyle(0x1e242e, 1).fillRoundedRect(x, y, w, hgt, 6);
    g.lineStyle(1, 0x3a4350, 1).strokeRoundedRect(x, y, w, hgt, 6);
    // A long title on a narrow screen (1024 px) shrinks to fit its panel rather than run into the next.
    const heading = this.add.text(x + 10, y + 8, title, font(15, { bold: true }));
    for (let size = 14; heading.width > w - 20 && size >= 11; size--) heading.setFontSize(size);
    const px = x + 44;
    const py = y + 34;
    const pw = w - 44 - 110;
    const ph = hgt - 34 - 28;
    const n = Math.max(...series.map((s) => s.points.length), 1);
    const max = Math.max(1, ...series.flatMap((s) => s.points));
    g.lineStyle(1, 0x3a4350, 1);
    for (let k = 0; k <= 4; k++) {
      const yy = py + ph - (ph * k) / 4;
      g.lineBetween(px, yy, px + pw, yy);
      this.add.text(px - 6, yy, `${Math.round((max * k) / 4)}`, font(11, { colour: '#a9b2bf' })).setOrigin(1, 0.5);
    }
    this.add.text(px, py + ph + 6, 'turn 1', font(11, { colour: '#a9b2bf' }));
    this.add.text(px + pw, py + ph + 6, `turn ${n}`, font(11, { colour: '#a9b2bf' })).setOrigin(1, 0);
    const X = (i: number) => px + (n === 1 ? pw / 2 : (pw * i) / (n - 1));
    const Y = (v: number) => py + ph - (ph * v) / max;
    series.forEach((s, si) => {
      const c = actorColour(s.actor);
      g.lineStyle(3, c, 1);
      g.beginPath();
      s.points.forEach((v, i) => (i === 0 ? g.moveTo(X(i), Y(v)) : g.lineTo(X(i), Y(v))));
      g.strokePath();
      g.fillStyle(c, 1);
      s.points.forEach((v, i) => g.fillCircle(X(i), Y(v), 3));
      const ly = py + si * 18;
      g.fillStyle(c, 1).fillRect(px + pw + 14, ly + 3, 12, 12);
      const label = name(s.actor);
      this.add.text(px + pw + 30, ly, label.length > 13 ? `${label.slice(0, 12)}\u2026` : label, font(12));
    });
    if (series.length === 0) this.add.text(px + pw / 2, py + ph / 2, 'nothing to show', font(13, { colour: '#a9b2bf' })).setOrigin(0.5);
  }

  private renderSide(): void {
    const s = app.session!;
    const view = s.view();
    const scores = scoreGame(s.state);
    const hist = historicalScores(s.scenario);
    const actors = view.actorOrder.filter((a) => !view.actors[a].background && (scores[a]?.max ?? 0) > 0);
    const side = byId('side');
    const pane = h('div', { class: 'pane' });
    pane.append(
      h('h3', {}, 'Scores (aims met)'),
      h(
        'table',
        { class: 'fig', 'data-hook': 'debrief.scores' },
        h('tr', {}, h('th', {}, 'Actor'), h('th', { class: 'n' }, 'This game'), h('th', { class: 'n', 'data-tip': 'The same aims scored against the record of 2020 (aims on figures the record does not fix are left out); the same in every game' }, 'History')),
        ...actors.map((a) =>
          h(
            'tr',
            { style: s.humans.includes(a) ? 'font-weight:700' : '' },
            h('td', {}, h('span', { class: 'swatch', style: `background:${cssColour(actorColour(a))};margin-right:6px` }), view.actors[a].name),
            h('td', { class: 'n' }, `${scores[a].points} / ${scores[a].max}`),
            h('td', { class: 'n' }, `${hist[a]?.points ?? 0} / ${hist[a]?.max ?? 0}`),
          ),
        ),
      ),
      ...debriefOddsSection(s.replay, s.state, s.humansLog()),
      ...s.humans.flatMap((human) => [
        h('h3', { 'data-hook': `debrief.aims.${human}` }, `${s.hotseat ? 'Aims' : 'Your aims'} (${view.actors[human].name})`),
        ...scores[human].aims.map((aim) => {
          const histMet = hist[human]?.aims.find((x) => x.id === aim.id)?.met ?? null;
          return h('div', { class: 'card small-text' }, h('b', {}, aim.met ? '\u2714 ' : '\u2716 '), `${aim.text} (${aim.points} pts)`, h('span', { class: 'muted' }, ` \u2014 in 2020: ${histMet === null ? 'not in the record' : histMet ? 'met' : 'not met'}`));
        }),
      ]),
      h('h3', {}, 'What happened in 2020'),
      h('div', { class: 'small-text' }, s.scenario.historicalOutcome.text),
      h('h3', {}, 'Moments that mattered'),
      h('div', { 'data-hook': 'debrief.moments' }, ...keyMoments(s.humansLog(), view).map((m) => h('div', { class: 'small-text', style: 'margin:3px 0' }, h('span', { class: 'muted' }, `${m.date}: `), m.text, ...m.rolls.map((r) => h('div', { class: 'muted', style: 'margin-left:10px' }, rollText(r)))))),
    );
    const bar = h(
      'div',
      { class: 'bar' },
      h('button', { class: 'primary', 'data-hook': 'debrief.export', 'data-tip': 'Save this game\u2019s replay as JSON (npm run replay verifies it)', onclick: () => downloadJson(`karabakh-${s.config.scenarioId}-${s.config.seed}.replay.json`, s.replay) }, 'Export replay'),
      h('button', { 'data-hook': 'debrief.theatre', 'data-tip': 'Step through this game week by week, from any side; branch it from any week', onclick: () => void withTheatre(this, ({ openTheatre, sessionLabel }) => openTheatre(this, s.replay, sessionLabel(s))) }, 'Replay theatre'),
      h('span', { class: 'grow' }),
      h(
        'button',
        {
          'data-hook': 'debrief.restart',
          onclick: () => {
            clearAutosave();
            app.session = null;
            setReady('menu', false);
            this.scene.start('menu');
          },
        },
        'New game',
      ),
    );
    side.replaceChildren(pane, bar);
  }
}
