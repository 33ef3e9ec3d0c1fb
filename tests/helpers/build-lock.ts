import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds of this project write generated types into <root>/.astro, so two must not overlap:
 * the tests and the benchmark take turns through this lock folder. It holds the owner's pid,
 * so a lock left by a crashed run is taken over, and a live one is never broken.
 */
export const BUILD_LOCK = join(tmpdir(), 'bantin-build.lock');

/** Takes the lock if free (or abandoned); false when another live process holds it. */
export function tryLock(): boolean {
  try {
    mkdirSync(BUILD_LOCK);
    writeFileSync(join(BUILD_LOCK, 'pid'), String(process.pid));
    return true;
  } catch {
    if (!holderAlive()) rmSync(BUILD_LOCK, { recursive: true, force: true });
    return false;
  }
}

export function unlock() {
  rmSync(BUILD_LOCK, { recursive: true, force: true });
}

/** Whether the process named in the lock still runs; a lock made a moment ago (no pid yet) counts as held. */
function holderAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(BUILD_LOCK, 'pid'), 'utf8'));
  } catch {
    return existsSync(BUILD_LOCK) && Date.now() - statSync(BUILD_LOCK).mtimeMs < 5_000;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
