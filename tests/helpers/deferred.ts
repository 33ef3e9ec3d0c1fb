/** A promise the test settles by hand, so asynchronous steps happen in the order the test says. */
export interface Deferred<T = void> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Resolves once every callback already queued has run, and everything those queued in turn
 * (the promise chains of fakes that do no I/O): a point where work that could start, has.
 */
export const settled = () => new Promise<void>((resolve) => setImmediate(resolve));
