// The story of a game, as `sim` and `replay --story` tell it: week by week the events that
// mattered (captures, treaties, exposures, settlement talk, with the computer's reasons), then how
// it ended.
import { describeTerms } from '../engine';
import type { GameState, LogEntry } from '../engine';
import { summarise } from '../analysis/summary';

/** Week by week, the notable entries of the log; every entry with `full`. */
export function storyLines(state: GameState, logs: readonly LogEntry[], full: boolean): string[] {
  const lines: string[] = [];
  let turn = -1;
  for (const e of logs) {
    if (e.turn !== turn) {
      turn = e.turn;
      lines.push('', `Week ${turn + 1}`);
    }
    if (full) {
      lines.push(`  ${e.kind === 'decision' ? '» ' : ''}${e.text}`);
      continue;
    }
    const talkOf = (kinds: readonly string[]): boolean => (e.kind === 'proposal' && kinds.includes(e.terms.kind)) || (e.kind === 'answer' && kinds.includes(state.proposals.find((p) => p.id === e.proposal)?.terms.kind ?? ''));
    // Settlements, arms deals, transit and basing: the proposals and every answer to them.
    const dealTalk = talkOf(['settlement', 'arms-deal', 'transit', 'basing']);
    const notable =
      e.kind === 'capture' ||
      e.kind === 'end' ||
      (e.kind === 'treaty' && (e.change === 'signed' || e.change === 'breached' || e.change === 'invoked')) ||
      (e.kind === 'support' && e.change === 'exposed') ||
      (e.kind === 'proposal' && e.terms.kind === 'ceasefire') ||
      e.kind === 'event' ||
      dealTalk;
    if (notable) lines.push(`  ${e.text}`);
    if (e.kind === 'decision' && e.reasons.some((r) => /settlement|ceasefire through|fight through/.test(r) && !/^(accept|reject) .*ceasefire proposal/.test(r))) {
      for (const r of e.reasons) if (/settlement|fight through/.test(r)) lines.push(`    why (${state.actors[e.actor].name}): ${r}`);
    }
  }
  return lines;
}

/** How the game ended: the war, final control of the contested regions, terms, scores. */
export function outcomeLines(state: GameState): string[] {
  const s = summarise(state);
  const out: string[] = [];
  out.push('', `The war ${s.warEnd === 'settlement' ? `ended in a settlement in week ${s.warLength}` : s.warEnd === 'collapse' ? `ended in a collapse in week ${s.warLength}` : 'was still going'}; the game ended after ${s.endTurn} week${s.endTurn === 1 ? '' : 's'} (${s.endReason}).`);
  const contested = state.regionOrder.filter((r) => state.regions[r].zone === 'nkao' || state.regions[r].zone === 'district');
  out.push('Final control of Karabakh and the districts:');
  for (const r of contested) out.push(`  ${state.regions[r].name.padEnd(28)} ${state.regions[r].controller ? state.actors[state.regions[r].controller].name : 'no one'}`);
  const settlement = state.treaties.find((t) => t.kind === 'settlement');
  if (settlement?.terms) out.push(`Terms: ${describeTerms(settlement.terms, state)}.`);
  out.push(`Peacekeepers: ${Object.entries(s.peacekeepers).map(([a, n]) => `${state.actors[a].name} ${n}`).join(', ') || 'none'}.`);
  out.push(`Monitoring centre: ${s.monitors.map((m) => state.actors[m].name).join(', ') || 'none'}.`);
  out.push('Scores:');
  for (const [a, p] of Object.entries(s.scores)) out.push(`  ${state.actors[a].name.padEnd(44)} ${p}`);
  return out;
}
