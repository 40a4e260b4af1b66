// The hand-over screen of a hot-seat game: it covers the whole page between two teams. The board
// scene has shut down (its canvas objects destroyed) and the top bar and side panel are emptied, so
// nothing of the team that just finished (orders, drafts, view, news) is in the page while it shows;
// the hook's view() is null too. The next team's board opens only on its click.
import * as Phaser from 'phaser';
import { dateOfTurn, longDate } from '../engine';
import { app } from './app';
import { showChrome } from './chrome';
import { byId, h } from './dom';
import { setReady } from './hook';
import { actorColour, cssColour, THEME } from './palette';
import './hotseat.css';

export class HandoverScene extends Phaser.Scene {
  constructor() {
    super('handover');
  }

  create(): void {
    const session = app.session;
    const hs = session?.hotseat;
    if (!session || !hs) {
      this.scene.start('menu');
      return;
    }
    showChrome('menu');
    // The tooltip too: it may still hold the text of the last thing hovered (an order's sentence).
    for (const id of ['topbar', 'side', 'dialog-layer', 'tooltip']) byId(id).replaceChildren();
    byId('tooltip').hidden = true;
    this.cameras.main.setBackgroundColor(THEME.background);
    const state = session.state;
    const name = (a: string) => state.actors[a]?.name ?? a;
    const team = hs.drafting;
    const week = longDate(dateOfTurn(state.calendar, state.turn));
    const lead = state.ended
      ? `The game is over. ${name(team)}’s team sees the last week played back, as ${name(team)} saw it; then every team reads the debrief together.`
      : hs.seat > 0
        ? `${hs.humans.slice(0, hs.seat).map(name).join(' and ')} ${hs.seat > 1 ? 'have' : 'has'} given orders for the week of ${week}; they stay hidden until the week resolves.`
        : state.turn > 0
          ? `Every team\u2019s orders are in. ${name(team)}\u2019s team goes first: what happened last week, as ${name(team)} saw it, then the orders for the week of ${week}.`
          : `The first week, from ${week}. ${name(team)}\u2019s team gives its orders first.`;
    const steps = hs.humans.map((a, i) =>
      h(
        'li',
        { class: i === hs.seat ? 'now' : '' },
        h('span', { class: 'swatch', style: `background:${cssColour(actorColour(a))}` }),
        ` ${name(a)}`,
        h('span', { class: 'muted' }, i < hs.seat ? ' \u2014 orders in \u2713' : i === hs.seat ? ' \u2014 next at the screen' : ' \u2014 waits its turn'),
      ),
    );
    const ready = () => {
      hs.ready();
      setReady('board', false);
      this.scene.start('board');
    };
    byId('board-overlay').append(
      h(
        'div',
        { class: 'handover', role: 'dialog', 'aria-label': `Hand-over to ${name(team)}` },
        h(
          'div',
          { class: 'handover-card', style: `border-top-color:${cssColour(actorColour(team))}` },
          h('div', { class: 'muted' }, `Hot seat \u00b7 turn ${Math.min(state.turn + 1, state.calendar.turns)} of ${state.calendar.turns}`),
          h('h2', { 'data-hook': 'hotseat.title' }, `Pass the screen to ${name(team)}\u2019s team`),
          h('p', {}, lead),
          h('ol', { class: 'handover-teams' }, ...steps),
          h('p', { class: 'muted' }, `Only ${name(team)}\u2019s team should look at the screen from here on.`),
          h('button', { class: 'primary', 'data-hook': 'hotseat.handover', onclick: ready }, `We are ${name(team)} \u2014 ready`),
        ),
      ),
    );
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => setReady('handover', true));
  }
}
