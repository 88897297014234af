/**
 * Runs a build as a child process and measures it: wall time, and the peak memory of the whole
 * process tree (the build script, the `astro build` it spawns, Pagefind's binary). Memory is read
 * from /proc every 100 ms: the sum of the tree's PSS (each process's share, so pages two processes
 * share count once) at each poll, and each process's own high
 * water mark (VmHWM), which also catches a peak between two polls. Also the tree's CPU time (user
 * + system of every process in it, from this process's `cutime`/`cstime` before and after), which,
 * unlike wall time, hardly changes when other work shares the machine. Outside Linux both are 0.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  /** Exit code (1 when killed by a signal). */
  code: number;
  wallMs: number;
  /** Peak memory of the process tree, in bytes: the larger of the summed PSS and any one process's VmHWM. */
  peakBytes: number;
  /** CPU time (user + system) of the whole process tree, in ms; 0 outside Linux. */
  cpuMs: number;
  /** stdout and stderr together. */
  log: string;
}

/**
 * @param command the program, e.g. the pinned Node
 * @param args its arguments
 * @param options working folder and environment
 */
export async function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<Measured> {
  const start = performance.now();
  const cpuBefore = childrenCpuMs();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  let peak = 0;
  const poll = () => {
    if (child.pid !== undefined) peak = Math.max(peak, treeMemory(child.pid));
  };
  const timer = setInterval(poll, 100);
  const code: number = await new Promise((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  clearInterval(timer);
  return {
    code,
    wallMs: Math.round(performance.now() - start),
    peakBytes: peak,
    cpuMs: childrenCpuMs() - cpuBefore,
    log,
  };
}

/** Linux counts CPU time in clock ticks of 10 ms (USER_HZ = 100 on every Linux Node supports). */
const MS_PER_TICK = 10;

/**
 * The CPU time of this process's children that have ended and been waited for, with all of their
 * own waited-for descendants (Linux adds those up), in ms; 0 outside Linux.
 */
export function childrenCpuMs(): number {
  try {
    return cpuOfChildren(readFileSync('/proc/self/stat', 'utf8'));
  } catch {
    return 0;
  }
}

/**
 * `cutime + cstime` of a /proc/<pid>/stat line (fields 16 and 17), in ms.
 * @example cpuOfChildren('1 (node) S 0 1 1 0 -1 0 0 0 0 0 5 6 70 8 0 0 1 0 0 0 0') // 780
 */
export function cpuOfChildren(stat: string): number {
  // The command name (2nd field) may hold spaces and parentheses: fields follow the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * MS_PER_TICK;
}

/** The process and all its descendants, from /proc (empty outside Linux). */
export function descendants(pid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const name of entries) {
    const parent = parentOf(Number(name));
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(name));
    children.set(parent, list);
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree;
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (2nd field) may hold spaces and parentheses: fields follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

/** Peak memory of a process tree now: max(sum of PSS, largest VmHWM), in bytes. */
export function treeMemory(pid: number): number {
  let sum = 0;
  let highest = 0;
  for (const member of descendants(pid)) {
    const status = readStatus(member);
    sum += status.rss;
    highest = Math.max(highest, status.hwm);
  }
  return Math.max(sum, highest);
}

function readStatus(pid: number): { rss: number; hwm: number } {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    return { rss: proportionalKb(pid) ?? statusKb(text, 'VmRSS') * 1024, hwm: statusKb(text, 'VmHWM') * 1024 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/**
 * The process's proportional share of memory (PSS, /proc/<pid>/smaps_rollup), in bytes: pages
 * shared with other processes count in part. A process that forks to start another program (Node
 * spawning git, for one) has a child that, until it runs the program, shares all of the parent's
 * memory: summing RSS counted those pages twice and added hundreds of MB that were never used.
 * Undefined where smaps_rollup cannot be read.
 */
function proportionalKb(pid: number): number | undefined {
  try {
    return statusKb(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss') * 1024;
  } catch {
    return undefined;
  }
}

/** A `kB` field of /proc/<pid>/status, e.g. `VmHWM:  123456 kB` → 123456. */
export function statusKb(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : 0;
}
