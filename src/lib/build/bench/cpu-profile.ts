/**
 * Where a build's CPU time goes: `npm run bench -- --real N --cpu-prof` builds N cloned reports
 * once with V8's sampling profiler in every Node process of the build (`NODE_OPTIONS=--cpu-prof`:
 * scripts/build.ts, the validator beside Astro, `astro build`) and sums each profile's samples by
 * where their code lives: a package (`astro`, `parse5`, …), a file of ours (`src/lib/…`), a chunk
 * Astro built from our pages and components (named without its hash), Node's own modules, or V8
 * itself (garbage collection, compiling, idle). Pure, so it is unit-tested with made-up profiles.
 */

/** The parts of a `.cpuprofile` (Chrome DevTools' format, as Node writes it) that are read here. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  /** Microseconds since the previous sample, one per sample. */
  timeDeltas: number[];
}

/** One line of a summary: a group of code and the CPU time its own code took (not its callees'). */
export interface ProfileLine {
  name: string;
  ms: number;
}

export interface ProfileSummary {
  /** Which process of the build the profile is from. */
  process: string;
  /** Sampled time, idle included. */
  totalMs: number;
  /** Time the process waited (V8's `(idle)`). */
  idleMs: number;
  /** By group of code, largest first. */
  groups: ProfileLine[];
  /** By function (`name group:line`), largest first. */
  functions: ProfileLine[];
}

/** V8's own entries: time not spent in any JavaScript function. */
const V8_ENTRIES = new Map([
  ['(idle)', 'V8: väntar'],
  ['(garbage collector)', 'V8: skräpsamling'],
  ['(program)', 'V8: kompilering och annat'],
  ['(root)', 'V8: kompilering och annat'],
]);

/**
 * The group a sample's code belongs to, from its script's address.
 * @example codeGroup('file:///p/node_modules/@astrojs/mdx/dist/index.js', '/p') // 'npm:@astrojs/mdx'
 * @example codeGroup('file:///p/.astro/.prerender/chunks/report-load_HfkbWg38.mjs', '/p') // 'byggd: report-load'
 */
export function codeGroup(url: string, root: string): string {
  if (url === '') return 'inbyggt (C++)';
  if (url.startsWith('node:')) return url;
  const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  const pkg = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  if (pkg) return `npm:${pkg[1]}`;
  const chunk = /\/\.astro\/[^]*?([^/]+?)(?:[_.-][\w-]{8})?\.mjs$/.exec(file);
  if (chunk) return `byggd: ${chunk[1]}`;
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
}

const BUILD = 'bygget (scripts/build.ts)';
const ASTRO = 'astro build';
const VALIDATOR = 'kontrollen (validate-child.ts)';
/** The build's Node processes in the order their summaries are printed. */
const PROCESS_ORDER: readonly string[] = [BUILD, ASTRO, VALIDATOR];

/** Which process of the build a profile is from, by the code it ran (the validator loads Astro's zod too). */
function processOf(groups: ReadonlyMap<string, number>): string {
  if (groups.has('scripts/build.ts')) return BUILD;
  if (groups.has('src/lib/build/validate-child.ts')) return VALIDATOR;
  if (groups.has('npm:astro')) return ASTRO;
  return 'annan process';
}

/** Summaries in the order of the build's processes (the build script, Astro, the validator, others). */
export function inProcessOrder(summaries: readonly ProfileSummary[]): ProfileSummary[] {
  const rank = (summary: ProfileSummary) => {
    const index = PROCESS_ORDER.indexOf(summary.process);
    return index === -1 ? PROCESS_ORDER.length : index;
  };
  return [...summaries].sort((a, b) => rank(a) - rank(b));
}

/**
 * A profile summed by group of code and by function.
 * @param root the project the build ran in (its files are named relative to it)
 */
export function summarizeProfile(profile: CpuProfile, root: string): ProfileSummary {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  profile.samples.forEach((id, index) => {
    const us = profile.timeDeltas[index] ?? 0;
    const frame = frames.get(id);
    if (!frame) return;
    totalUs += us;
    const v8 = V8_ENTRIES.get(frame.functionName);
    if (frame.functionName === '(idle)') idleUs += us;
    const group = v8 ?? codeGroup(frame.url, root);
    groups.set(group, (groups.get(group) ?? 0) + us);
    const fn = v8 ?? `${frame.functionName || '(anonym)'} ${group}:${frame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  });
  const lines = (sums: Map<string, number>) =>
    [...sums]
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000) }))
      .sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name));
  return {
    process: processOf(groups),
    totalMs: Math.round(totalUs / 1000),
    idleMs: Math.round(idleUs / 1000),
    groups: lines(groups),
    functions: lines(functions),
  };
}

/**
 * A summary as text: the process's CPU time (idle excluded), then its largest groups and functions
 * with their share of that time.
 * @param top how many lines of each
 */
export function profileText(summary: ProfileSummary, top = 15): string {
  const busy = summary.totalMs - summary.idleMs;
  const share = (ms: number) => `${((100 * ms) / Math.max(busy, 1)).toFixed(1)} %`;
  const table = (lines: readonly ProfileLine[]) =>
    lines
      .filter((line) => line.name !== V8_ENTRIES.get('(idle)'))
      .slice(0, top)
      .map((line) => `  ${String(line.ms).padStart(7)} ms ${share(line.ms).padStart(7)}  ${line.name}`);
  return [
    `${summary.process}: ${(busy / 1000).toFixed(1)} s CPU (och ${(summary.idleMs / 1000).toFixed(1)} s väntan)`,
    ' efter kod:',
    ...table(summary.groups),
    ' efter funktion:',
    ...table(summary.functions),
  ].join('\n');
}
