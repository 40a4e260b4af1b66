// A team's side of a class in Node: the board's player built from the team's view alone, and the
// team's shared draft when several students change it at once.
import { describe, expect, it } from 'vitest';
import { legalOrders, newGame, orderCost, resolveTurn, viewFor, type GameState, type Order, type OrdersByActor } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { StudentPlay } from '../../src/ui/class/plays';
import { computerOrders } from '../../src/ui/computer';
import { TeamDraft } from '../../src/ui/class/team-draft';

const SEED = 'secret-class-seed-42';

/** The class's true state two weeks in, every actor played by the computer. */
function twoWeeksIn(): GameState {
  const made = newGame(SCENARIOS['2020-war'], SEED, { variant: null });
  if (!made.ok) throw new Error(made.message);
  let state = made.state;
  for (let t = 0; t < 2; t++) {
    const r = resolveTurn(state, computerOrders(state, [], 'easy'));
    if (!r.ok) throw new Error(r.message);
    state = r.state;
  }
  return state;
}

describe("a team's player, built from its view", () => {
  const truth = twoWeeksIn();
  const play = new StudentPlay(SCENARIOS['2020-war'], null, 'armenia', viewFor(truth, 'armenia'), () => []);

  it('holds no trace of the class seed and shows the server its own view', () => {
    expect(JSON.stringify(play.state)).not.toContain(SEED);
    expect(play.view()).toEqual(viewFor(truth, 'armenia'));
    expect(play.commanded()).toEqual(['armenia', 'artsakh']);
  });

  it('offers the team the same orders, at the same costs, as the true state would', () => {
    expect(play.regionsWithOrders().length).toBeGreaterThan(3);
    expect(play.view().turn).toBe(2);
    for (const a of play.commanded()) {
      const seen = legalOrders(play.state, a);
      expect(seen).toEqual(legalOrders(truth, a));
      expect(seen.map((o) => orderCost(play.state, a, o))).toEqual(seen.map((o) => orderCost(truth, a, o)));
    }
  });

  it('tells its table of each change, and keeps the orders by actor through a round trip', () => {
    let told = 0;
    play.onOrders = () => told++;
    const [a, b] = [play.optionsInRegion(play.regionsWithOrders()[0])[0], play.optionsInRegion(play.regionsWithOrders()[1])[0]];
    expect(play.addOrder(a.actor, a.order).ok).toBe(true);
    expect(play.addOrder(b.actor, b.order).ok).toBe(true);
    play.removeOrder(0);
    expect(told).toBe(3);
    const orders = play.orders();
    play.setOrders({});
    expect(play.pending).toEqual([]);
    play.setOrders(orders);
    expect(play.orders()).toEqual(orders);
    expect(told).toBe(3);
  });

  it('drops the pending orders when the server sends the next turn', () => {
    const next = { ...viewFor(truth, 'armenia'), turn: 3 };
    play.update(next);
    expect(play.pending).toEqual([]);
    expect(play.view().turn).toBe(3);
  });
});

describe('the team draft shared by several students', () => {
  const hold = (region: string): Order => ({ kind: 'hold', region });
  const draftOf = (...regions: string[]): OrdersByActor => ({ artsakh: regions.map(hold) });

  /** A page with its own orders and what the server has applied, in the server's order. */
  function page() {
    let local: OrdersByActor = draftOf();
    let applied = 0;
    const d = new TeamDraft(
      () => ({ turn: 0, orders: local }),
      (o) => {
        local = o;
        applied++;
      },
    );
    return {
      d,
      change(o: OrdersByActor) {
        local = o;
        d.sent();
      },
      get local() {
        return local;
      },
      get applied() {
        return applied;
      },
    };
  }

  it("does not undo a later change made here when the echo of an earlier one arrives", () => {
    const p = page();
    p.change(draftOf('aghdam'));
    p.change(draftOf('aghdam', 'askeran'));
    p.d.received({ turn: 0, actor: 'armenia', orders: draftOf('aghdam') });
    expect(p.local).toEqual(draftOf('aghdam', 'askeran'));
    p.d.answered();
    p.d.received({ turn: 0, actor: 'armenia', orders: draftOf('aghdam', 'askeran') });
    p.d.answered();
    expect(p.local).toEqual(draftOf('aghdam', 'askeran'));
    expect(p.applied).toBe(0);
  });

  it("ends on the server's last draft when a teammate's change is taken after ours", () => {
    const p = page();
    p.change(draftOf('aghdam'));
    p.d.received({ turn: 0, actor: 'armenia', orders: draftOf('aghdam') });
    p.d.received({ turn: 0, actor: 'armenia', orders: draftOf('hadrut') });
    expect(p.local).toEqual(draftOf('aghdam'));
    p.d.answered();
    expect(p.local).toEqual(draftOf('hadrut'));
  });

  it("applies a teammate's draft at once when nothing is in flight, but not one of another turn", () => {
    const p = page();
    p.d.received({ turn: 0, actor: 'armenia', orders: draftOf('fuzuli') });
    expect(p.local).toEqual(draftOf('fuzuli'));
    p.d.received({ turn: 1, actor: 'armenia', orders: draftOf('hadrut') });
    expect(p.local).toEqual(draftOf('fuzuli'));
  });
});
