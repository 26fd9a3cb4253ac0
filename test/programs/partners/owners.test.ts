import { describe, expect, it } from 'vitest';
import { RegistrationLists } from '../../../src/programs/partners/rules/owners';

const A = 0;
const B = 1;
const C = 2;

describe('RegistrationLists', () => {
  it('answers the earliest running registration by another partner', () => {
    // deal:      0   1   2   3
    const partners = [A, B, A, C];
    const expiries = [50, 10, 100, 20];
    const lists = new RegistrationLists(10, expiries, partners);
    const list = lists.newList();
    expect(lists.earliest(list, A, 1)).toBe(-1); // empty list
    for (const deal of [0, 1, 2, 3]) lists.append(list, deal);
    expect(lists.earliest(list, B, 5)).toBe(0); // A's deal 0 is first
    expect(lists.earliest(list, A, 5)).toBe(1); // A skips its own run, B's deal 1 runs until 10
    expect(lists.earliest(list, A, 10)).toBe(1); // the expiry day is still running
    expect(lists.earliest(list, A, 11)).toBe(3); // deal 1 has expired; deal 2 is A's own; C's deal 3 runs until 20
    expect(lists.earliest(list, C, 11)).toBe(0);
    expect(lists.earliest(list, C, 51)).toBe(2); // deal 0 has expired, deal 2 runs until 100
    expect(lists.earliest(list, A, 51)).toBe(-1); // C's deal 3 has expired too
    expect(lists.earliest(list, B, 101)).toBe(-1); // everything has expired
  });

  it("merges a partner's runs when the run between them empties", () => {
    // A, B, A: when B's registration expires, A's two runs become one
    const partners = [A, B, A, B, A];
    const expiries = [100, 10, 100, 200, 300];
    const lists = new RegistrationLists(10, expiries, partners);
    const list = lists.newList();
    for (const deal of [0, 1, 2]) lists.append(list, deal);
    expect(lists.earliest(list, A, 20)).toBe(-1); // drops B's empty run and merges A's
    // after the merge the list's last run is A's, so A's next registration joins it
    lists.append(list, 4);
    lists.append(list, 3);
    expect(lists.earliest(list, A, 20)).toBe(3); // one skip over A's merged run (0, 2, 4), then B's 3
    expect(lists.earliest(list, B, 20)).toBe(0);
    expect(lists.earliest(list, B, 150)).toBe(4); // 0 and 2 have expired inside A's run
    expect(lists.earliest(list, A, 250)).toBe(-1);
    expect(lists.earliest(list, B, 250)).toBe(4);
  });

  it('keeps lists apart', () => {
    const lists = new RegistrationLists(10, [100, 100], [A, B]);
    const first = lists.newList();
    const second = lists.newList();
    lists.append(first, 0);
    lists.append(second, 1);
    expect(lists.earliest(first, C, 1)).toBe(0);
    expect(lists.earliest(second, C, 1)).toBe(1);
  });
});
