/**
 * The W3C Nu HTML Checker (v.Nu, the npm package `vnu-jar`) over a built site, for
 * `npm run test:nu` (scripts/nu-check.ts). The checker is a Java program: this module finds a Java
 * to run it with, says in Swedish how to install one where there is none, and turns the checker's
 * JSON report into one `file:line:column: message` line per error.
 *
 * Not part of `npm test`, which must run with nothing installed by hand: there, html-validate
 * checks every built page (tests/e2e/html.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The oldest Java the checker runs on: its classes are built for Java 11. */
export const MIN_JAVA = 11;

/** A Java found to run the checker with. */
export interface FoundJava {
  /** The command: a path, or `java` from the PATH. */
  command: string;
  /** The major version, e.g. 17. */
  version: number;
}

/** What the search looks at; tests pass their own. */
export interface JavaSearch {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  exists: (file: string) => boolean;
  /** Runs `<command> -version`; returns what it printed, or undefined if it could not be run. */
  version: (command: string) => string | undefined;
}

/**
 * The major version in what `java -version` prints.
 * @example javaMajorVersion('openjdk version "17.0.15" 2025-04-15') // 17
 * @example javaMajorVersion('java version "1.8.0_401"') // 8
 */
export function javaMajorVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

/**
 * The Java to run the checker with: `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` on the
 * PATH; undefined when neither runs.
 */
export function findJava(search: JavaSearch): FoundJava | undefined {
  const candidates: string[] = [];
  if (search.env.JAVA_HOME) {
    const home = path.join(search.env.JAVA_HOME, 'bin', search.platform === 'win32' ? 'java.exe' : 'java');
    if (search.exists(home)) candidates.push(home);
  }
  candidates.push('java');
  for (const command of candidates) {
    const output = search.version(command);
    const version = output === undefined ? undefined : javaMajorVersion(output);
    if (version !== undefined) return { command, version };
  }
  return undefined;
}

/**
 * What to do when no Java (or too old a one) was found, in Swedish, with the install command for
 * this operating system.
 * @param platform `process.platform`
 * @param found the Java that was found, if it was too old
 */
export function missingJavaMessage(platform: NodeJS.Platform, found?: FoundJava): string {
  const what =
    found === undefined
      ? `W3C:s HTML-kontroll (Nu HTML Checker) är ett Java-program, och Java finns inte på den här datorn (varken i JAVA_HOME eller som java i PATH).`
      : `W3C:s HTML-kontroll (Nu HTML Checker) behöver Java ${MIN_JAVA} eller senare, och den här datorn har Java ${found.version} (${found.command}).`;
  const install =
    platform === 'darwin'
      ? 'På macOS: brew install --cask temurin@17 (eller hämta Temurin 17 från https://adoptium.net/).'
      : platform === 'win32'
        ? 'På Windows: winget install EclipseAdoptium.Temurin.17.JRE (eller hämta Temurin 17 från https://adoptium.net/).'
        : 'På Linux: sudo apt-get install openjdk-17-jre-headless (Debian, Ubuntu), sudo dnf install java-17-openjdk-headless (Fedora) eller sudo apk add openjdk17-jre-headless (Alpine).';
  return `${what} Installera Java 17: ${install} Ange JAVA_HOME om Java ligger någon annanstans. npm test behöver inte Java; bara npm run test:nu gör det.`;
}

/** The search this machine offers. */
export function defaultJavaSearch(): JavaSearch {
  return {
    env: process.env,
    platform: process.platform,
    exists: existsSync,
    version: (command) => {
      const run = spawnSync(command, ['-version'], { encoding: 'utf8' });
      return run.error ? undefined : `${run.stderr}${run.stdout}`;
    },
  };
}

/**
 * The checker's arguments: errors only, as JSON, every HTML file under `dir`.
 * @param jar the path of `vnu.jar`
 */
export function nuArguments(jar: string, dir: string): string[] {
  return ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', dir];
}

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
}

/**
 * Every error of the checker's JSON report as `file:line:column: message`, the file relative to
 * `root`. Errors about a file itself (`non-document-error`, e.g. one that cannot be read) count too.
 * @param report what `java -jar vnu.jar --format json` printed
 * @throws when the report is not the checker's JSON (the checker failed before checking)
 * @example nuErrors('{"messages":[{"type":"error","url":"file:/site/om/index.html","lastLine":23,"firstColumn":242,"message":"Duplicate ID “bakgrund”."}]}', '/site')
 * // ['om/index.html:23:242: Duplicate ID “bakgrund”.']
 */
export function nuErrors(report: string, root: string): string[] {
  const start = report.indexOf('{"');
  if (start === -1) throw new Error(`HTML-kontrollen gav ingen rapport:\n${report.trim()}`);
  const { messages } = JSON.parse(report.slice(start)) as { messages: NuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => {
      const file = m.url?.startsWith('file:') ? path.relative(root, fileURLToPath(m.url)) : (m.url ?? '');
      const line = m.firstLine ?? m.lastLine;
      const column = m.firstColumn ?? m.lastColumn;
      const where = [file, line, line === undefined ? undefined : column].filter((part) => part !== undefined);
      return `${where.join(':')}: ${m.message}`;
    });
}
