/**
 * Measurement pieces for the benchmark: resident memory of a whole process tree sampled
 * from /proc, folder sizes, and plain-unit formatting.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** Kernel's short name (at most 15 characters, e.g. "pagefind_extend"). */
  name: string;
  /** Resident set size in bytes (VmRSS). */
  rss: number;
}

export interface RssSample {
  /** Milliseconds since the sampler's origin. */
  t: number;
  /** Sum of the resident memory of the root process and all its descendants, in bytes. */
  rss: number;
  /** Processes in the tree. */
  processes: number;
  /** Resident memory of the processes whose name matches `watch`, in bytes. */
  watched: number;
}

/** Whether this system exposes per-process memory in /proc (Linux). */
export const canSampleMemory = existsSync('/proc/self/status');

function readStatus(pid: number): ProcessInfo | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined; // Gone between listing and reading.
  }
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(text)?.[1] ?? '';
  // Kernel threads have no VmRSS line.
  const rssKiB = Number.parseInt(field('VmRSS'), 10);
  return { pid, ppid: Number.parseInt(field('PPid'), 10), name: field('Name'), rss: Number.isNaN(rssKiB) ? 0 : rssKiB * 1024 };
}

/** Every process visible in /proc. */
export function readProcesses(): ProcessInfo[] {
  const list: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const info = readStatus(Number(entry));
    if (info) list.push(info);
  }
  return list;
}

/** The root process and all its descendants (children, grandchildren …). */
export function processTree(rootPid: number, processes: ProcessInfo[] = readProcesses()): ProcessInfo[] {
  const children = new Map<number, ProcessInfo[]>();
  let root: ProcessInfo | undefined;
  for (const p of processes) {
    if (p.pid === rootPid) root = p;
    const siblings = children.get(p.ppid) ?? [];
    siblings.push(p);
    children.set(p.ppid, siblings);
  }
  if (!root) return [];
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i].pid) ?? []));
  return tree;
}

export interface TreeSampler {
  /** Samples so far, oldest first. */
  readonly samples: RssSample[];
  /** Time (ms since origin) a process matching `watch` was first seen, if ever. */
  readonly watchedFirstSeen: number | undefined;
  /** Stops sampling; returns the samples. */
  stop(): RssSample[];
}

/**
 * Polls the resident memory of `rootPid` and its descendants every `intervalMs`. The sum
 * counts pages shared between processes once per process, as `ps` does; spikes shorter than
 * the interval can be missed.
 */
export function sampleTreeRss(
  rootPid: number,
  { intervalMs = 100, origin = performance.now(), watch }: { intervalMs?: number; origin?: number; watch?: RegExp } = {},
): TreeSampler {
  const samples: RssSample[] = [];
  let watchedFirstSeen: number | undefined;
  const sample = () => {
    if (!canSampleMemory) return;
    const t = performance.now() - origin;
    const tree = processTree(rootPid);
    if (!tree.length) return;
    let rss = 0;
    let watched = 0;
    for (const p of tree) {
      rss += p.rss;
      if (watch?.test(p.name)) {
        watched += p.rss;
        watchedFirstSeen ??= t;
      }
    }
    samples.push({ t, rss, processes: tree.length, watched });
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    samples,
    get watchedFirstSeen() {
      return watchedFirstSeen;
    },
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

/** Highest `key` among samples taken within [from, to] ms; the nearest sample if none falls inside. */
export function peakBetween(samples: RssSample[], from: number, to: number, key: 'rss' | 'watched' = 'rss'): number | undefined {
  if (!samples.length) return undefined;
  const inside = samples.filter((s) => s.t >= from && s.t <= to);
  if (inside.length) return Math.max(...inside.map((s) => s[key]));
  const nearest = samples.reduce((best, s) => (Math.abs(s.t - from) < Math.abs(best.t - from) ? s : best));
  return nearest[key];
}

export const peak = (samples: RssSample[], key: 'rss' | 'watched' = 'rss'): number | undefined =>
  samples.length ? samples.reduce((max, s) => Math.max(max, s[key]), 0) : undefined;

export { folderSize } from '../../src/lib/site/files.ts';

/** Memory: "734 MiB", "1.42 GiB". */
export function formatMemory(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '–';
  const mib = bytes / 1024 ** 2;
  return mib >= 1024 ? `${(mib / 1024).toFixed(2)} GiB` : `${mib.toFixed(0)} MiB`;
}

/** Disk sizes in decimal megabytes: "48.2 MB". */
export function formatMB(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '–';
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '–';
  return `${seconds.toFixed(1)} s`;
}
