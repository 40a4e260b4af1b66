// Where the game lives, as the board sees it: in this browser (single player, below) or on a
// class server (src/ui/class, loaded only for a class). The board draws the table's `play` and
// asks the table to end the turn; a class table also tells the board of changes made elsewhere
// (a turn resolved on the server, a teammate's draft, the connection coming and going).
import { hashState, type LogEntry, type Replay, type View } from '../engine';
import type { Outcome, Play } from './play';
import { hotseatTable } from './hotseat-table';
import type { GameSession } from './session';
import { writeAutosave } from './store';

export interface BoardEvents {
  /** A turn was resolved elsewhere: play `log` back from `before`, then show the news. */
  resolved(log: readonly LogEntry[], before: View): void;
  /** Something shown changed: draw the panels again. */
  changed(): void;
}

export interface ButtonLook {
  readonly label: string;
  readonly tip: string;
  readonly disabled: boolean;
}

/** Panels a table draws itself instead of the player's (the facilitator's board). */
export interface TablePanels {
  topbar(root: HTMLElement, busy: boolean, act: { help(): void; menu(): void }): void;
  side(root: HTMLElement): void;
}

export interface Table {
  readonly play: Play;
  /** The End turn button as this table words it, when the board is not busy. */
  endTurnButton(): ButtonLook;
  /** The Menu button's tip. */
  readonly menuTip: string;
  /** The question asked before ending a turn without orders. */
  readonly emptyTurn: { readonly title: string; readonly text: string; readonly confirm: string };
  /** Ends the turn: the log to play back when it resolved at once, or null when it resolves later (a class). */
  endTurn(): Promise<Outcome<{ log: readonly LogEntry[] | null }>>;
  /** Tells the board of changes made elsewhere; returns the function that stops it. */
  watch(events: BoardEvents): () => void;
  readonly panels: TablePanels | null;
  /** Shown in the top bar before the player's figures (a class: its code and connection). */
  banner(): HTMLElement | null;
  /** Whether the debrief follows the end of the game (single player) or the board stays. */
  readonly debrief: boolean;
  /** Hot seat: the screen passes to another team, so the board gives way to the hand-over screen. */
  handover?(): boolean;
  /** Leaving the board for the menu. */
  leave(): void;
  hash(): string | null;
  replay(): Replay | null;
}

/** A game played in this browser against the computer, autosaved after every turn (several teams: hotseat-table.ts). */
export function localTable(session: GameSession): Table {
  if (session.hotseat) return hotseatTable(session);
  return {
    play: session,
    endTurnButton: () => ({ label: 'End turn \u25b6', tip: 'Resolve this week (E). Actors without orders hold.', disabled: false }),
    menuTip: 'Back to the menu (the game is autosaved)',
    emptyTurn: { title: 'End the turn without orders?', text: 'You have given no orders this week: your forces hold where they are.', confirm: 'End turn' },
    endTurn: () => {
      const res = session.endTurn();
      if (res.ok) writeAutosave(session);
      return Promise.resolve(res.ok ? { ok: true, log: res.log } : res);
    },
    watch: () => () => undefined,
    panels: null,
    banner: () => null,
    debrief: true,
    leave: () => undefined,
    hash: () => hashState(session.state),
    replay: () => session.replay,
  };
}
