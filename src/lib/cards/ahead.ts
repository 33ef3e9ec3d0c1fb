/**
 * Drawing cards ahead of the build: Astro asks for one card at a time, in the order of
 * getStaticPaths, and waits for each. Starting the next few while it waits lets sharp's threads
 * draw in parallel, with at most `ahead` cards held in memory however large the archive.
 */
export function drawAhead<T, R>(items: readonly T[], draw: (item: T) => Promise<R>, ahead: number): (index: number) => Promise<R> {
  const started = new Map<number, Promise<R>>();
  let next = 0;
  const start = (index: number) => {
    const promise = draw(items[index]);
    // A card drawn ahead and never asked for must not become an unhandled rejection.
    promise.catch(() => undefined);
    started.set(index, promise);
  };
  return (index) => {
    if (!started.has(index)) start(index);
    next = Math.max(next, index + 1);
    for (; next < items.length && next <= index + ahead; next++) if (!started.has(next)) start(next);
    const promise = started.get(index)!;
    started.delete(index);
    return promise;
  };
}
