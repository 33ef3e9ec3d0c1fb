/**
 * npm run bench -- [--articles 1000] [--covers 0.2] [--out DIR] [--keep] [--json FILE] [--seed 1] [--skip-search] [--skip-reference] [--clean-only]
 *
 * Builds a synthetic corpus of N articles (scripts/bench/corpus.ts) three times with
 * `astro build`: (a) clean, (b) again with nothing changed, (c) after one article's body
 * changed. For each build it records wall time, the peak resident memory of the whole
 * process tree (Astro's Node process and the Pagefind binary it starts), the pages Astro
 * reports, the search-index figures the build prints, and the peak memory while indexing.
 * After the clean build it builds the reference (a minimal Astro site over the same corpus, then
 * Pagefind's CLI; scripts/bench/reference/) and measures search in headless Chromium
 * (scripts/bench/search.ts).
 * Prints a Markdown table and writes the figures as JSON (bench-results/bench-<N>.json).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, type CorpusSummary } from './corpus.ts';
import { tryLock, unlock } from '../../tests/helpers/build-lock.ts';
import { measureSearch, type SearchFigures } from './search.ts';
import { routes, SEARCH_BUNDLE } from '../../src/lib/site/config.ts';
import { canSampleMemory, folderSize, formatMB, formatMemory, formatSeconds, peak, peakBetween, sampleTreeRss, type RssSample } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND_CLI = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
const REFERENCE_ROOT = join(ROOT, 'scripts/bench/reference');
const BUILD_NOW = '2026-01-01T00:00';
/** Appended to one article before the third build. */
const EDIT = '\nBan biên tập cập nhật: hội nghị đã thống nhất kế hoạch hoạt động cho năm tiếp theo.\n';

/** `Chỉ mục tìm kiếm: 9876 bài viết trong 23.4 giây (12.3 MB, 1234 tệp).` (src/integrations/search-index.ts) */
const INDEX_LINE = /Chỉ mục tìm kiếm: (\d+) bài viết trong ([\d.]+) giây \(([\d.]+) MB, (\d+) tệp\)/;
const INDEX_LOGGER = '[bantin:search-index]';
/** `ảnh chia sẻ: 9876 ảnh vẽ mới, 0 ảnh dùng lại — 123.4 giây` (src/pages/anh-chia-se/[...card].png.ts) */
const CARDS_LINE = /ảnh chia sẻ: (\d+) ảnh vẽ mới, (\d+) ảnh dùng lại — ([\d.]+) giây/;
const PAGES_LINE = /(\d+) page\(s\) built in/;
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

// ---------------------------------------------------------------------------------------------
// Options and folders

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    seed: { type: 'string', default: '1' },
    covers: { type: 'string', default: '0.2' },
    'skip-search': { type: 'boolean', default: false },
    'skip-reference': { type: 'boolean', default: false },
    /** Only the clean build (and the reference and search): for the largest archives, where each build takes half an hour. */
    'clean-only': { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1) fail(`--articles must be a positive integer, got "${values.articles}"`);
if (!Number.isInteger(seed)) fail(`--seed must be an integer, got "${values.seed}"`);
/** Share of articles with a cover image. */
const COVER_SHARE = Number(values.covers);
if (!(COVER_SHARE >= 0 && COVER_SHARE <= 1)) fail(`--covers must be between 0 and 1, got "${values.covers}"`);

const out = resolve(values.out ?? join(tmpdir(), `bantin-bench-${articles}${COVER_SHARE === 0.2 ? '' : `-covers${COVER_SHARE}`}`));
const paths = {
  content: join(out, 'content'),
  dist: join(out, 'dist'),
  cache: join(out, 'cache'),
  marker: join(out, 'corpus.json'),
  logs: join(out, 'logs'),
  referenceDist: join(out, 'reference-dist'),
  referenceCache: join(out, 'reference-cache'),
};
const jsonFile = resolve(values.json ?? join(ROOT, 'bench-results', `bench-${articles}${COVER_SHARE === 0.2 ? '' : `-covers${COVER_SHARE}`}.json`));

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(1);
}

const log = (message: string) => console.error(`bench: ${message}`);

// ---------------------------------------------------------------------------------------------
// The corpus, reused when its marker matches

interface Marker {
  articles: number;
  seed: number;
  coverShare: number;
  /** Hash of the generator and the real files it copies: a change regenerates the corpus. */
  source: string;
  /** Relative to the content folder: the article edited before the third build. */
  changeTarget: string;
  changeSlug: string;
  covers: number;
  distinctCovers: number;
  links: number;
  words: CorpusSummary['words'];
  generatedSeconds: number;
}

function sourceHash(): string {
  const hash = createHash('sha256');
  const files = [join(ROOT, 'scripts/bench/corpus.ts'), join(ROOT, 'content/categories.yaml')];
  const pages = join(ROOT, 'content/pages');
  if (existsSync(pages))
    files.push(
      ...readdirSync(pages)
        .sort()
        .map((name) => join(pages, name)),
    );
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

async function corpus(): Promise<{ marker: Marker; reused: boolean }> {
  const source = sourceHash();
  if (existsSync(paths.marker) && existsSync(paths.content)) {
    const marker = JSON.parse(readFileSync(paths.marker, 'utf8')) as Marker;
    if (marker.articles === articles && marker.seed === seed && marker.coverShare === COVER_SHARE && marker.source === source) {
      return { marker, reused: true };
    }
  }
  rmSync(paths.marker, { force: true });
  log(`generating ${articles} articles (seed ${seed}) in ${paths.content}`);
  const started = performance.now();
  const summary = await generateCorpus({ dir: paths.content, articles, seed, coverShare: COVER_SHARE });
  // The newest article: an edit to it shows on the home page, as a real correction would.
  const target = summary.articles[summary.articles.length - 1];
  const marker: Marker = {
    articles,
    seed,
    coverShare: COVER_SHARE,
    source,
    changeTarget: relative(paths.content, target.file),
    changeSlug: target.slug,
    covers: summary.covers,
    distinctCovers: summary.distinctCovers,
    links: summary.links,
    words: summary.words,
    generatedSeconds: (performance.now() - started) / 1000,
  };
  writeFileSync(paths.marker, JSON.stringify(marker, null, 2) + '\n');
  return { marker, reused: false };
}

// ---------------------------------------------------------------------------------------------
// One build

let holdingLock = false;

/** Waits its turn with the tests (tests/helpers/build-lock.ts); waiting time is not measured. */
async function withBuildLock<T>(run: () => Promise<T>): Promise<T> {
  let told = false;
  while (!tryLock()) {
    if (!told) log('waiting for another build of this project to finish');
    told = true;
    await new Promise((done) => setTimeout(done, 200));
  }
  holdingLock = true;
  try {
    return await run();
  } finally {
    unlock();
    holdingLock = false;
  }
}

interface Line {
  t: number;
  text: string;
}

interface RawBuild {
  code: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  lines: Line[];
  samples: RssSample[];
  pagefindSeen: number | undefined;
}

let running: ReturnType<typeof spawn> | undefined;

function spawnBuild(): Promise<RawBuild> {
  return spawnMeasured([ASTRO, 'build'], { CONTENT_DIR: paths.content, OUT_DIR: paths.dist, CACHE_DIR: paths.cache, BANTIN_NOW: BUILD_NOW });
}

/** Runs `node <args>` from the project root, timing it and sampling its process tree's memory. */
function spawnMeasured(args: string[], extraEnv: Record<string, string>): Promise<RawBuild> {
  const env = { ...process.env, ...extraEnv, NO_COLOR: '1', FORCE_COLOR: '0' };
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running = child;
  const sampler = sampleTreeRss(child.pid!, { origin: started, watch: /^pagefind/ });
  const lines: Line[] = [];
  // Each stream is split into lines stamped with the time they arrived.
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const t = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const text of parts) lines.push({ t, text: text.replace(ANSI, '') });
    });
    stream.on('end', () => {
      if (rest) lines.push({ t: performance.now() - started, text: rest.replace(ANSI, '') });
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  return new Promise((done, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running = undefined;
      const wallMs = performance.now() - started;
      done({ code, signal, wallMs, lines, samples: sampler.stop(), pagefindSeen: sampler.watchedFirstSeen });
    });
  });
}

interface BuildFigures {
  wallSeconds: number;
  /** Peak resident memory of Astro's process tree, bytes (null without /proc). */
  peakRss: number | null;
  pagesBuilt: number | null;
  index: {
    pages: number;
    seconds: number;
    /** As printed by the build ("MB" there is bytes / 1024²). */
    reportedMB: number;
    files: number;
    /** Measured size of <dist>/pagefind. */
    bytes: number;
  } | null;
  /** Peak tree memory from the start of indexing to its end, bytes. */
  indexPeakRss: number | null;
  /** Peak memory of the Pagefind process alone, bytes. */
  pagefindPeakRss: number | null;
  /** When indexing started and ended, seconds since the build started. */
  indexWindow: [number, number] | null;
  /** Social cards: drawn, taken from the cache, seconds from the first card to the last, bytes in dist. */
  cards: { drawn: number; reused: number; seconds: number; bytes: number; files: number } | null;
  attempts: number;
  /** [milliseconds since start, tree RSS in KiB] every ~100 ms. */
  series: [number, number][];
}

/** Failures caused by another build writing <root>/.astro at the same time: worth a retry. */
function isCollision(lines: Line[]): boolean {
  const tail = lines
    .slice(-60)
    .map((l) => l.text)
    .join('\n');
  return /[\\/]\.astro[\\/]/.test(tail) && /\b(ENOENT|EEXIST|ENOTEMPTY|EBUSY|EPERM)\b/.test(tail);
}

function figures(raw: RawBuild, attempts: number): BuildFigures {
  const pagesLine = raw.lines.map((l) => PAGES_LINE.exec(l.text)).find(Boolean);
  const indexHit = raw.lines.map((l) => ({ line: l, match: INDEX_LINE.exec(l.text) })).find((x) => x.match);
  const firstIndexLog = raw.lines.find((l) => l.text.includes(INDEX_LOGGER));
  const index = indexHit?.match
    ? {
        pages: Number(indexHit.match[1]),
        seconds: Number(indexHit.match[2]),
        reportedMB: Number(indexHit.match[3]),
        files: Number(indexHit.match[4]),
        bytes: folderSize(join(paths.dist, SEARCH_BUNDLE)).bytes,
      }
    : null;

  // The figures line closes indexing and states its duration; the Pagefind process, or an
  // earlier line of the integration, may show when it began.
  const starts: number[] = [];
  if (raw.pagefindSeen !== undefined) starts.push(raw.pagefindSeen);
  if (indexHit && index) starts.push(indexHit.line.t - index.seconds * 1000);
  if (firstIndexLog) starts.push(firstIndexLog.t);
  const end = indexHit?.line.t ?? raw.wallMs;
  const window: [number, number] | null = starts.length ? [Math.min(...starts), end] : null;

  const cardsMatch = raw.lines.map((l) => CARDS_LINE.exec(l.text)).find(Boolean);
  const cardFolder = cardsMatch ? folderSize(join(paths.dist, routes.card)) : null;
  const cards =
    cardsMatch && cardFolder
      ? { drawn: Number(cardsMatch[1]), reused: Number(cardsMatch[2]), seconds: Number(cardsMatch[3]), bytes: cardFolder.bytes, files: cardFolder.files }
      : null;

  return {
    cards,
    wallSeconds: raw.wallMs / 1000,
    peakRss: peak(raw.samples) ?? null,
    pagesBuilt: pagesLine ? Number(pagesLine[1]) : null,
    index,
    indexPeakRss: window ? (peakBetween(raw.samples, window[0], window[1]) ?? null) : null,
    pagefindPeakRss: raw.pagefindSeen !== undefined ? (peak(raw.samples, 'watched') ?? null) : null,
    indexWindow: window ? [window[0] / 1000, window[1] / 1000] : null,
    attempts,
    series: raw.samples.map((s) => [Math.round(s.t), Math.round(s.rss / 1024)]),
  };
}

async function build(name: string): Promise<BuildFigures> {
  mkdirSync(paths.logs, { recursive: true });
  for (let attempt = 1; ; attempt++) {
    log(`${name} build${attempt > 1 ? ` (attempt ${attempt})` : ''}…`);
    const raw = await withBuildLock(spawnBuild);
    writeFileSync(join(paths.logs, `${name}.log`), raw.lines.map((l) => l.text).join('\n') + '\n');
    if (raw.code === 0) {
      const result = figures(raw, attempt);
      log(`${name} build: ${formatSeconds(result.wallSeconds)}, peak ${formatMemory(result.peakRss)}`);
      return result;
    }
    if (attempt < 3 && isCollision(raw.lines)) {
      log('another build touched .astro/ at the same time; retrying in 15 s');
      await new Promise((done) => setTimeout(done, 15_000));
      continue;
    }
    const tail = raw.lines
      .slice(-40)
      .map((l) => `  ${l.text}`)
      .join('\n');
    const how = raw.signal ? `was killed by ${raw.signal}` : `exited with code ${raw.code}`;
    console.error(`bench: ${name} build ${how}; last lines (full log: ${join(paths.logs, `${name}.log`)}):\n${tail}`);
    throw new BuildFailed();
  }
}

class BuildFailed extends Error {}

/**
 * The reference the issue's targets are set against: a minimal Astro 7 site over the same corpus
 * (scripts/bench/reference: article, list, tag and archive pages) built clean, then Pagefind's
 * own CLI over its output. Timed and sampled like the project's builds, in the same run.
 */
interface ReferenceFigures {
  astroSeconds: number;
  pagefindSeconds: number;
  totalSeconds: number;
  /** Peak tree memory of either step. */
  peakRss: number | null;
  indexBytes: number;
  distBytes: number;
}

async function referenceBuild(): Promise<ReferenceFigures> {
  rmSync(paths.referenceDist, { recursive: true, force: true });
  rmSync(paths.referenceCache, { recursive: true, force: true });
  const steps: RawBuild[] = [];
  for (const [name, args] of [
    ['reference astro', [ASTRO, 'build', '--root', REFERENCE_ROOT]],
    ['reference pagefind', [PAGEFIND_CLI, '--site', paths.referenceDist]],
  ] as const) {
    log(`${name}…`);
    const raw = await withBuildLock(() =>
      spawnMeasured([...args], { CONTENT_DIR: paths.content, OUT_DIR: paths.referenceDist, CACHE_DIR: paths.referenceCache }),
    );
    writeFileSync(join(paths.logs, `${name.replace(' ', '-')}.log`), raw.lines.map((l) => l.text).join('\n') + '\n');
    if (raw.code !== 0) {
      console.error(`bench: ${name} exited with code ${raw.code}; log in ${paths.logs}`);
      throw new BuildFailed();
    }
    steps.push(raw);
  }
  const peaks = steps.map((raw) => peak(raw.samples) ?? 0);
  const figures = {
    astroSeconds: steps[0].wallMs / 1000,
    pagefindSeconds: steps[1].wallMs / 1000,
    totalSeconds: (steps[0].wallMs + steps[1].wallMs) / 1000,
    peakRss: canSampleMemory ? Math.max(...peaks) : null,
    indexBytes: folderSize(join(paths.referenceDist, 'pagefind')).bytes,
    distBytes: folderSize(paths.referenceDist).bytes,
  };
  log(
    `reference: Astro ${formatSeconds(figures.astroSeconds)} + Pagefind CLI ${formatSeconds(figures.pagefindSeconds)}, peak ${formatMemory(figures.peakRss)}`,
  );
  if (!values.keep) {
    rmSync(paths.referenceDist, { recursive: true, force: true });
    rmSync(paths.referenceCache, { recursive: true, force: true });
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------
// Report

const packageVersion = (name: string) => {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
};

const cardCounts = (b: BuildFigures) => (b.cards ? `${b.cards.drawn} / ${b.cards.reused}` : '–');
const cardTime = (b: BuildFigures) =>
  b.cards ? `${formatSeconds(b.cards.seconds)}${b.cards.drawn ? ` (${((b.cards.seconds * 1000) / b.cards.drawn).toFixed(1)} ms)` : ''}` : '–';

function table(builds: Record<string, BuildFigures>): string {
  const rows = [
    '| Build | Wall | Peak RSS (tree) | Pages built | Index time | Indexed pages | Index size | Peak RSS while indexing | Cards drawn / reused | Card time (per drawn card) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, b] of Object.entries(builds)) {
    const size = b.index ? `${formatMB(b.index.bytes)} (${b.index.files} files)` : '–';
    rows.push(
      `| ${name} | ${formatSeconds(b.wallSeconds)} | ${formatMemory(b.peakRss)} | ${b.pagesBuilt ?? '–'} | ${formatSeconds(b.index?.seconds)} | ${b.index?.pages ?? '–'} | ${size} | ${formatMemory(b.indexPeakRss)} | ${cardCounts(b)} | ${cardTime(b)} |`,
    );
  }
  return rows.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Run

let restore: (() => void) | undefined;

function cleanUp() {
  restore?.();
  if (values.keep) return;
  for (const path of Object.values(paths)) rmSync(path, { recursive: true, force: true });
  try {
    rmdirSync(out); // Only if nothing else is left in it.
  } catch {}
}

process.on('SIGINT', () => {
  running?.kill('SIGTERM');
  if (holdingLock) unlock();
  restore?.();
  process.exit(130);
});

try {
  if (!canSampleMemory) log('no /proc on this system: memory figures will be empty');
  mkdirSync(out, { recursive: true });
  const { marker, reused } = await corpus();
  if (reused) log(`reusing the corpus in ${paths.content}`);

  rmSync(paths.dist, { recursive: true, force: true });
  rmSync(paths.cache, { recursive: true, force: true });
  const clean = await build('clean');
  const dist = folderSize(paths.dist);
  const reference = values['skip-reference'] ? null : await referenceBuild();
  let search: SearchFigures | null = null;
  if (!values['skip-search']) {
    log('search in headless Chromium…');
    search = await measureSearch(paths.dist);
  }
  let unchanged: BuildFigures | null = null;
  let changed: BuildFigures | null = null;
  let editVisible: boolean | null = null;
  if (!values['clean-only']) {
    unchanged = await build('unchanged');
    // Edit one article for the third build; the marker is removed meanwhile, so an interrupted
    // run never leaves an edited corpus that looks pristine.
    const target = join(paths.content, marker.changeTarget);
    const original = readFileSync(target);
    rmSync(paths.marker);
    restore = () => {
      writeFileSync(target, original);
      writeFileSync(paths.marker, JSON.stringify(marker, null, 2) + '\n');
      restore = undefined;
    };
    writeFileSync(target, original.toString('utf8') + EDIT);
    changed = await build('one article changed');
    const page = join(paths.dist, routes.article, marker.changeSlug, 'index.html');
    editVisible = existsSync(page) && readFileSync(page, 'utf8').includes(EDIT.trim().slice(0, 40));
    restore();
  }

  const builds: Record<string, BuildFigures> = { clean, ...(unchanged && { unchanged }), ...(changed && { 'one article changed': changed }) };
  const content = folderSize(paths.content);
  const result = {
    date: new Date().toISOString(),
    system: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, memoryBytes: totalmem() },
    versions: { astro: packageVersion('astro'), pagefind: packageVersion('pagefind'), sharp: packageVersion('sharp') },
    corpus: {
      articles,
      seed,
      coverShare: COVER_SHARE,
      reused,
      dir: paths.content,
      generatedSeconds: reused ? null : marker.generatedSeconds,
      covers: marker.covers,
      distinctCovers: marker.distinctCovers,
      internalLinks: marker.links,
      words: marker.words,
      bytes: content.bytes,
      files: content.files,
      changedArticle: marker.changeTarget,
    },
    dist: { bytes: dist.bytes, files: dist.files },
    editVisible,
    rebuildRatio:
      unchanged && changed ? { unchanged: clean.wallSeconds / unchanged.wallSeconds, oneArticleChanged: clean.wallSeconds / changed.wallSeconds } : null,
    reference,
    /** The clean build's time over the reference's (Astro + Pagefind CLI). */
    referenceRatio: reference ? clean.wallSeconds / reference.totalSeconds : null,
    search,
    builds,
  };
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(jsonFile, JSON.stringify(result, null, 1) + '\n');

  console.log(`\n### Build benchmark: ${articles} articles\n`);
  console.log(table(builds));
  console.log(
    `\nCorpus: ${articles} articles, ${marker.covers} covers, ${marker.links} internal links, ` +
      `${marker.words.mean} words on average (${marker.words.min}–${marker.words.max}); ` +
      `${formatMB(content.bytes)} in ${content.files} files${reused ? ' (reused)' : `, generated in ${formatSeconds(marker.generatedSeconds)}`}.`,
  );
  console.log(`Site after the clean build: ${formatMB(dist.bytes)} in ${dist.files} files.`);
  if (clean.cards) {
    console.log(
      `Social cards: ${clean.cards.files} files, ${formatMB(clean.cards.bytes)} (${Math.round(clean.cards.bytes / Math.max(1, clean.cards.files) / 1024)} KB each on average); ` +
        `clean build ${formatSeconds(clean.cards.seconds)} for ${clean.cards.drawn} drawn` +
        (unchanged ? `, unchanged rebuild ${formatSeconds(unchanged.cards?.seconds)} (${unchanged.cards?.drawn ?? '–'} drawn).` : '.'),
    );
  }
  if (result.rebuildRatio)
    console.log(
      `Rebuild speed-up over the clean build: ${result.rebuildRatio.unchanged.toFixed(1)}× with nothing changed, ${result.rebuildRatio.oneArticleChanged.toFixed(1)}× with one article changed.`,
    );
  console.log(`Clean build per article: ${((clean.wallSeconds * 1000) / articles).toFixed(1)} ms.`);
  if (search) {
    console.log(
      `Search (Chromium, gzip as served): first query ${formatMB(search.firstQueryBytes)} fetched (runtime ${formatMB(search.runtimeBytes)}), ` +
        `a follow-up query ${formatMB(search.followUpBytes)}; latency median ${search.medianMs} ms, p90 ${search.p90Ms} ms over ${search.queries} queries (first query ${search.firstQueryMs} ms).`,
    );
  }
  if (reference) {
    console.log(
      `Reference (minimal Astro site + Pagefind CLI, same corpus, clean): ${formatSeconds(reference.astroSeconds)} + ${formatSeconds(reference.pagefindSeconds)} = ${formatSeconds(reference.totalSeconds)}, ` +
        `peak ${formatMemory(reference.peakRss)}, index ${formatMB(reference.indexBytes)}, site ${formatMB(reference.distBytes)}; this project's clean build takes ${(clean.wallSeconds / reference.totalSeconds).toFixed(2)}× its time.`,
    );
  }
  const pagefind = clean.pagefindPeakRss;
  if (pagefind !== null) console.log(`Pagefind process alone peaked at ${formatMemory(pagefind)} (clean build).`);
  if (editVisible === false) console.log(`Warning: the edited article's page does not show the edit (${marker.changeSlug}).`);
  console.log(
    `System: Node ${process.version}, ${cpus().length} CPUs, ${formatMemory(totalmem())} RAM. JSON: ${relative(process.cwd(), jsonFile) || jsonFile}`,
  );
  cleanUp();
} catch (error) {
  restore?.();
  if (!(error instanceof BuildFailed)) console.error(error);
  console.error(`bench: files kept in ${out}`);
  process.exitCode = 1;
}
