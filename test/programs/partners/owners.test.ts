import { describe, expect, it } from 'vitest';
import { RunningLists } from '../../../src/programs/partners/rules/owners';

/*
 * RunningLists (rules/owners.ts): the earliest registration of a list still
 * running on a day, asked with days that never go back, as DEAL_STATUS asks
 * in registration order.
 */
describe('RunningLists', () => {
  it('answers the earliest registration still running, dropping the ones that ran out', () => {
    // deal:         0   1    2   3
    const until = [50, 10, 100, 20];
    const lists = new RunningLists(10, until);
    const list = lists.newList();
    expect(lists.earliest(list, 1)).toBe(-1); // empty list
    for (const deal of [0, 1, 2, 3]) lists.append(list, deal);
    expect(lists.earliest(list, 5)).toBe(0);
    expect(lists.earliest(list, 50)).toBe(0); // its last day still counts
    // deal 0 ran out on 50; deal 1 (until 10) is behind it but ran out too; deal 2 runs until 100
    expect(lists.earliest(list, 51)).toBe(2);
    expect(lists.earliest(list, 100)).toBe(2);
    expect(lists.earliest(list, 101)).toBe(-1); // deal 3 ran out on 20 as well
  });

  it('takes new registrations after the list ran empty', () => {
    const lists = new RunningLists(10, [10, 30, 40]);
    const list = lists.newList();
    lists.append(list, 0);
    expect(lists.earliest(list, 11)).toBe(-1);
    lists.append(list, 1);
    lists.append(list, 2);
    expect(lists.earliest(list, 12)).toBe(1);
    expect(lists.earliest(list, 31)).toBe(2);
  });

  it('keeps lists apart', () => {
    const lists = new RunningLists(10, [100, 100]);
    const first = lists.newList();
    const second = lists.newList();
    lists.append(first, 0);
    lists.append(second, 1);
    expect(lists.earliest(first, 1)).toBe(0);
    expect(lists.earliest(second, 1)).toBe(1);
  });
});
