// The class debrief's sections as HTML, shared by the screen (one tab each) and the printed report.
import { casualtiesOf, type ActorId, type GameState, type RegionId } from '../engine';
import type { ClassDebrief, WorldDebrief } from './class-debrief';
import { esc, list, table } from './html-kit';
import { rollText } from './moments';
import { finalState } from './world';

const actorName = (s: GameState, a: ActorId | null): string => (a === null ? 'no one' : esc(s.actors[a]?.name ?? a));
const regionName = (s: GameState, r: RegionId): string => esc(s.regions[r]?.name ?? r);
const lost = (s: GameState, a: ActorId): number => casualtiesOf(s.actors[a]);
const teamOf = (w: WorldDebrief, a: ActorId): string => (Object.hasOwn(w.teams, a) && w.teams[a].length > 0 ? esc(w.teams[a].join(', ')) : '<span class="muted">computer</span>');

/** Regions whose holder at the end differs from the start on some board. */
function contested(d: ClassDebrief): RegionId[] {
  const first = d.worlds[0].world.states[0];
  return first.regionOrder.filter((r) => d.worlds.some((w) => finalState(w.world).regions[r].controller !== first.regions[r].controller));
}

export function boardsSection(d: ClassDebrief): string {
  const s0 = finalState(d.worlds[0].world);
  const actors = d.worlds[0].actors;
  const head = ['', ...d.worlds.map((w) => esc(w.name))];
  const rows: string[][] = [
    ['How it ended', ...d.worlds.map((w) => esc(w.ending))],
    ...actors.map((a) => [`Score: ${actorName(s0, a)}`, ...d.worlds.map((w) => `${w.scores[a].points} / ${w.scores[a].max}`)]),
    ...actors.map((a) => [`Casualties: ${actorName(s0, a)}`, ...d.worlds.map((w) => String(lost(finalState(w.world), a)))]),
  ];
  const start = d.worlds[0].world.states[0];
  const control = contested(d).map((r) => [regionName(s0, r), actorName(s0, start.regions[r].controller), ...d.worlds.map((w) => actorName(s0, finalState(w.world).regions[r].controller))]);
  return `<h2>The boards compared</h2>${table(head, rows)}
<h3>Control at the end (regions that changed hands on some board)</h3>
${table(['Region', 'At the start', ...d.worlds.map((w) => esc(w.name))], control)}`;
}

export function timelineSection(w: WorldDebrief): string {
  const s = finalState(w.world);
  const rows = w.timeline.map((t) => [
    `Week ${t.turn + 1}<br><span class="muted">${esc(t.date)}</span>`,
    list(t.captures.map((c) => `${regionName(s, c.region)}: ${actorName(s, c.from)} → ${actorName(s, c.to)}`)),
    list(t.treaties.map(esc)),
    list([...t.events.map(esc), ...(t.end ? [`<b>${esc(t.end)}</b>`] : [])]),
  ]);
  return `<h3>Timeline</h3>${table(['Week', 'Control changes', 'Treaties', 'Events'], rows)}`;
}

export function momentsSection(w: WorldDebrief): string {
  const items = w.moments.map((m) => `<div class="card"><b>Week ${m.turn + 1}, ${esc(m.date)}</b> <span class="muted">(weight ${m.weight})</span><br>${esc(m.text)}${list(m.rolls.map((r) => `<span class="roll">${esc(rollText(r))}</span>`))}</div>`);
  return `<h3>Decisive moments, ranked over the whole war</h3>${items.join('\n') || '<p class="muted">Nothing decisive happened.</p>'}`;
}

export function decisiveSection(w: WorldDebrief): string {
  const s = finalState(w.world);
  return w.decisive
    .map((c) => {
      const fights = c.fights.map((f) => [`Week ${f.turn + 1}`, `${actorName(s, f.attacker)} against ${actorName(s, f.defender)}`, f.taken ? 'taken' : 'held', list(f.rolls.map((r) => `<span class="roll">${esc(rollText(r))}</span>`))]);
      const supply = Object.keys(c.supply).map((a) => `${actorName(s, a)}: ${c.supply[a]} package${c.supply[a] === 1 ? '' : 's'} delivered`);
      return `<div class="card"><h3>Why ${esc(c.name)} ${c.fellOn === null ? 'held' : 'fell'}</h3><p>${esc(c.verdict)}</p>${c.factors ? `<p>What weighed most in the deciding fight: ${esc(c.factors)}.</p>` : ''}${fights.length ? table(['Week', 'Fight', 'Result', 'Odds and modifiers'], fights) : ''}${supply.length ? `<p>Supply before it ${c.fellOn === null ? 'ended' : 'fell'}: ${supply.join('; ')}.</p>` : ''}</div>`;
    })
    .join('\n');
}

export function aimsSection(d: ClassDebrief): string {
  const s0 = finalState(d.worlds[0].world);
  const mark = (met: boolean | null): string => (met === null ? '<span class="muted">not in the record</span>' : met ? '<span class="met">met</span>' : '<span class="unmet">not met</span>');
  return d.worlds[0].actors
    .map((a) => {
      const h = d.history[a];
      const rows = s0.actors[a].aims.map((aim) => [esc(aim.text), String(aim.points), ...d.worlds.map((w) => mark(w.scores[a].aims.find((x) => x.id === aim.id)?.met ?? false)), mark(h?.aims.find((x) => x.id === aim.id)?.met ?? null)]);
      rows.push(['<b>Score</b>', '', ...d.worlds.map((w) => `<b>${w.scores[a].points} / ${w.scores[a].max}</b>`), `<b>${h?.points ?? 0} / ${h?.max ?? 0}</b>`]);
      return `<h3>${actorName(s0, a)}</h3>${table(['Aim', 'Points', ...d.worlds.map((w) => `${esc(w.name)} (${teamOf(w, a)})`), 'History (2020)'], rows)}`;
    })
    .join('\n');
}

export function seenSection(w: WorldDebrief): string {
  const s = finalState(w.world);
  return Object.keys(w.seen)
    .map((a) => {
      const rows = w.seen[a].flatMap((t) => t.enemies.map((e) => [`Week ${t.turn + 1}`, actorName(s, e.enemy), String(e.seen), String(e.real)]));
      const links = [...new Set(w.seen[a].flatMap((t) => t.unknownLinks.map((l) => `${actorName(s, l.patron)} → ${actorName(s, l.client)} (${esc(l.package)})`)))];
      return `<h3>As ${teamOf(w, a)} (${actorName(s, a)}) saw it</h3>${rows.length ? table(['Week', 'Enemy', 'Strength you saw', 'Real strength'], rows) : '<p class="muted">No enemy at war with you.</p>'}${links.length ? `<p>Covert support you never saw:</p>${list(links)}` : '<p class="muted">You knew of every active support link.</p>'}`;
    })
    .join('\n');
}

export function overridesSection(w: WorldDebrief): string {
  const s = finalState(w.world);
  if (w.counterfactuals.length === 0) return '<h3>Overrides</h3><p class="muted">The facilitator overrode no result on this board.</p>';
  const cards = w.counterfactuals.map((c) => {
    const what = c.override.kind === 'fight' ? `the fight for ${regionName(s, c.override.region)} set to “${c.override.result}”` : `event ${esc(c.override.eventId)} set to ${c.override.happens ? 'happen' : 'not happen'}`;
    const diff = [
      ...c.control.map((x) => `${regionName(s, x.region)}: ${actorName(s, x.played)} as played; ${actorName(s, x.without)} without the override`),
      ...c.casualties.map((x) => `${actorName(s, x.actor)} casualties: ${x.played} as played; ${x.without} without the override`),
    ];
    const body = c.error ? `<p class="unmet">Without it the turn does not resolve: ${esc(c.error)}</p>` : diff.length ? list(diff) : '<p class="muted">Without it the turn ends the same.</p>';
    return `<div class="card"><b>Week ${c.turn + 1}: ${what}</b><br>Reason given: ${esc(c.reason)}${body}</div>`;
  });
  return `<h3>Overrides: what would have happened without each</h3>${cards.join('\n')}`;
}

export function pressSection(w: WorldDebrief): string {
  const s = finalState(w.world);
  if (w.press.length === 0) return '';
  const rows = w.press.map((p) => [`Week ${p.turn + 1}`, p.from === null ? 'Facilitator' : actorName(s, p.from), p.public ? 'everyone' : p.to.map((a) => actorName(s, a)).join(', '), esc(p.text)]);
  return `<h3>Press</h3>${table(['Week', 'From', 'To', 'Message'], rows)}`;
}
