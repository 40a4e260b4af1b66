// The player's aims, always above the tabs: a one-line tally (points met now, at risk, not met)
// that opens to every aim with its status and the figure behind it. Met or not is the engine's
// own test (aimStatuses uses the score's aimMet), so this and the debrief never disagree.
import { aimStatuses, type AimState } from '../../engine';
import { h } from '../dom';
import type { Play } from '../play';
import type { SideActions, SideState } from './side';

const MARK: Readonly<Record<AimState, string>> = { met: '\u2713', 'at-risk': '!', unmet: '\u2013', lost: '\u2717' };
const WORD: Readonly<Record<AimState, string>> = { met: 'met', 'at-risk': 'at risk', unmet: 'not met', lost: 'lost' };

export function aimsSection(s: Play, st: SideState, act: SideActions): HTMLElement {
  const aims = aimStatuses(s.state, s.human);
  const points = aims.reduce((n, a) => n + (a.met ? a.points : 0), 0);
  const max = aims.reduce((n, a) => n + a.points, 0);
  const count = (x: AimState) => aims.filter((a) => a.state === x).length;
  const open = st.aimsOpen === true;
  const toggle = () => {
    st.aimsOpen = !open;
    act.refresh();
  };
  const summary = h(
    'button',
    { class: 'aims-bar', 'data-hook': 'aims.toggle', 'aria-expanded': open ? 'true' : 'false', 'data-tip': 'Your aims, scored now as they would be at the end. Click to list them.', onclick: toggle },
    h('b', {}, 'Aims'),
    h('span', { class: 'pts', 'data-hook': 'aims.points' }, `${points} of ${max} pts now`),
    h('span', { class: 'tally met' }, `${MARK.met} ${count('met')}`),
    count('at-risk') ? h('span', { class: 'tally at-risk' }, `${MARK['at-risk']} ${count('at-risk')} at risk`) : null,
    h('span', { class: 'tally unmet' }, `${MARK.unmet} ${count('unmet') + count('lost')} not met`),
    h('span', { class: 'caret' }, open ? '\u25b4' : '\u25be'),
  );
  const section = h('div', { class: 'aims', 'data-hook': 'aims' }, summary);
  if (open) {
    const list = h('div', { class: 'aims-list', 'data-hook': 'aims.list' });
    aims.forEach((a, i) =>
      list.append(
        h(
          'div',
          { class: `aim ${a.state}`, 'data-hook': `aims.${i}`, 'data-state': a.state },
          h('span', { class: 'mark', 'aria-label': WORD[a.state] }, MARK[a.state]),
          h('span', { class: 't' }, a.text, h('div', { class: 'fig' }, `${WORD[a.state]} \u00b7 ${a.figure}`)),
          h('span', { class: 'p' }, `${a.points}`),
        ),
      ),
    );
    section.append(list);
  }
  return section;
}
