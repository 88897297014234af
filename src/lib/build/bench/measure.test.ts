import { describe, expect, it } from 'vitest';
import { cpuOfChildren, descendants, runMeasured, statusKb } from './measure.ts';

describe('runMeasured', () => {
  it('reports exit code, wall time, output, and the peak memory of the process tree', async () => {
    // A parent that spawns a child holding ~64 MB: the tree's peak is above that.
    const script = `
      const { spawnSync } = require('node:child_process');
      spawnSync(process.execPath, ['-e', 'const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 400)'], { stdio: 'inherit' });
      process.exit(3);`;
    const result = await runMeasured(process.execPath, ['-e', script], { cwd: process.cwd() });
    expect(result.code).toBe(3);
    expect(result.log.trim()).toBe('1');
    expect(result.wallMs).toBeGreaterThan(300);
    if (process.platform === 'linux') expect(result.peakBytes).toBeGreaterThan(64 * 1024 * 1024);
  });
});

describe('runMeasured CPU time', () => {
  it("counts the CPU time of the child's own children too", async () => {
    // The parent only waits; its child spins until it has used 600 ms of CPU (by its own count, so
    // a busy machine makes it take longer, never use less).
    const script = `
      const { spawnSync } = require('node:child_process');
      spawnSync(process.execPath, ['-e', 'while (process.cpuUsage().user < 600000);']);`;
    const result = await runMeasured(process.execPath, ['-e', script], { cwd: process.cwd() });
    if (process.platform === 'linux') expect(result.cpuMs).toBeGreaterThanOrEqual(500);
  });
});

describe('cpuOfChildren', () => {
  it('adds cutime and cstime (fields 16 and 17) in ms, whatever the command name holds', () => {
    expect(cpuOfChildren('42 (node) S 1 42 42 0 -1 4194304 10 0 0 0 5 6 70 8 20 0 11 0 100 0 0')).toBe(780);
    expect(cpuOfChildren('42 (a (b) c) S 1 42 42 0 -1 4194304 10 0 0 0 5 6 1 2 20 0 11 0 100 0 0')).toBe(30);
  });
});

describe('descendants', () => {
  it('includes the process itself', () => {
    if (process.platform === 'linux') expect(descendants(process.pid)[0]).toBe(process.pid);
  });
});

describe('statusKb', () => {
  it('reads a kB field of /proc/<pid>/status', () => {
    expect(statusKb('Name:\tnode\nVmHWM:\t  123456 kB\nVmRSS:\t 1000 kB\n', 'VmHWM')).toBe(123456);
    expect(statusKb('Name:\tnode\n', 'VmHWM')).toBe(0);
  });
});
