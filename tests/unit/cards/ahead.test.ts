import { describe, expect, it } from 'vitest';
import { drawAhead } from '../../../src/lib/cards/ahead.ts';
import { deferred } from '../../helpers/deferred.ts';

describe('drawing cards ahead', () => {
  it('starts the asked card and the next few, never more', async () => {
    const started: number[] = [];
    const next = drawAhead([0, 1, 2, 3, 4, 5, 6, 7], async (n) => (started.push(n), n * 10), 3);
    await expect(next(0)).resolves.toBe(0);
    expect(started).toEqual([0, 1, 2, 3]);
    await expect(next(1)).resolves.toBe(10);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    await expect(next(7)).resolves.toBe(70);
    await expect(next(5)).resolves.toBe(50);
    expect(started.sort()).toEqual([0, 1, 2, 3, 4, 5, 7]);
  });

  it('hands each card its own result while several are drawn at once', async () => {
    const waits = [deferred<string>(), deferred<string>(), deferred<string>()];
    const next = drawAhead([0, 1, 2], (n) => waits[n].promise, 2);
    const first = next(0);
    waits[2].resolve('c');
    waits[0].resolve('a');
    waits[1].resolve('b');
    await expect(first).resolves.toBe('a');
    await expect(next(1)).resolves.toBe('b');
    await expect(next(2)).resolves.toBe('c');
  });

  it('reports a failed card when it is asked for, and no sooner', async () => {
    const next = drawAhead(
      [0, 1],
      async (n) => {
        if (n === 1) throw new Error('không vẽ được');
        return n;
      },
      1,
    );
    await expect(next(0)).resolves.toBe(0);
    await expect(next(1)).rejects.toThrow('không vẽ được');
  });
});
