import { describe, expect, it } from 'vitest';
import {
  findJava,
  javaMajorVersion,
  missingJavaMessage,
  MIN_JAVA,
  nuArguments,
  nuErrors,
  type JavaSearch,
} from './nu-checker.ts';

describe('javaMajorVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_401"', 8],
    ['openjdk version "25.0.1" 2025-10-21 LTS', 25],
  ])('reads the major version from %j', (output, version) => {
    expect(javaMajorVersion(output)).toBe(version);
  });

  it('finds none in output that is not a Java version', () => {
    expect(javaMajorVersion('bash: java: command not found')).toBeUndefined();
  });
});

describe('findJava', () => {
  const search = (over: Partial<JavaSearch>): JavaSearch => ({
    env: {},
    platform: 'linux',
    exists: () => false,
    version: () => undefined,
    ...over,
  });

  it('prefers the Java in JAVA_HOME', () => {
    const found = findJava(
      search({
        env: { JAVA_HOME: '/opt/jdk' },
        exists: (file) => file === '/opt/jdk/bin/java',
        version: (command) => (command === '/opt/jdk/bin/java' ? 'openjdk version "21"' : 'openjdk version "17.0.1"'),
      }),
    );
    expect(found).toEqual({ command: '/opt/jdk/bin/java', version: 21 });
  });

  it('uses java from the PATH when JAVA_HOME is not set or holds no java', () => {
    const version = (command: string) => (command === 'java' ? 'openjdk version "17.0.1"' : undefined);
    expect(findJava(search({ version }))).toEqual({ command: 'java', version: 17 });
    expect(findJava(search({ env: { JAVA_HOME: '/tom' }, version }))).toEqual({ command: 'java', version: 17 });
  });

  it('looks for java.exe on Windows', () => {
    const seen: string[] = [];
    findJava(
      search({
        platform: 'win32',
        env: { JAVA_HOME: 'C:\\jdk' },
        exists: (file) => {
          seen.push(file);
          return false;
        },
      }),
    );
    expect(seen[0]).toMatch(/java\.exe$/);
  });

  it('finds nothing when no Java runs', () => {
    expect(findJava(search({}))).toBeUndefined();
  });
});

describe('missingJavaMessage', () => {
  it.each([
    ['linux', 'sudo apt-get install openjdk-17-jre-headless'],
    ['darwin', 'brew install --cask temurin@17'],
    ['win32', 'winget install EclipseAdoptium.Temurin.17.JRE'],
  ] as const)('on %s says that Java is missing and how to install it: %s', (platform, command) => {
    const message = missingJavaMessage(platform);
    expect(message).toContain('Java finns inte på den här datorn');
    expect(message).toContain(command);
    expect(message).toContain('JAVA_HOME');
  });

  it('names the version found when it is too old', () => {
    expect(missingJavaMessage('linux', { command: 'java', version: 8 })).toContain(
      `behöver Java ${MIN_JAVA} eller senare, och den här datorn har Java 8 (java)`,
    );
  });
});

describe('nuArguments', () => {
  it('asks for errors only, as JSON, of the HTML files in the folder', () => {
    expect(nuArguments('/x/vnu.jar', '/site')).toEqual([
      '-jar',
      '/x/vnu.jar',
      '--errors-only',
      '--format',
      'json',
      '--skip-non-html',
      '/site',
    ]);
  });
});

describe('nuErrors', () => {
  const report = JSON.stringify({
    version: '26.9.27',
    messages: [
      {
        type: 'error',
        url: 'file:/site/om/index.html',
        lastLine: 23,
        firstColumn: 242,
        lastColumn: 259,
        message: 'Duplicate ID “bakgrund”.',
      },
      {
        type: 'error',
        url: 'file:/site/sok/index.html',
        firstLine: 3,
        lastLine: 4,
        firstColumn: 8901,
        message: 'Stray start tag “script”.',
      },
      { type: 'error', subType: 'fatal', url: 'file:/site/sok/index.html', lastLine: 3, message: 'Cannot recover.' },
      { type: 'non-document-error', subType: 'io', url: 'file:/site/trasig.html', message: 'Cannot read.' },
      { type: 'info', subType: 'warning', url: 'file:/site/a.html', lastLine: 1, message: 'Just a warning.' },
    ],
  });

  it('gives every error as file:line:column: message, with the file relative to the site', () => {
    expect(nuErrors(report, '/site')).toEqual([
      'om/index.html:23:242: Duplicate ID “bakgrund”.',
      'sok/index.html:3:8901: Stray start tag “script”.',
      'sok/index.html:3: Cannot recover.',
      'trasig.html: Cannot read.',
    ]);
  });

  it('gives none for a report without errors, and reads a report after other output', () => {
    expect(nuErrors('Picked up JAVA_TOOL_OPTIONS: -Xmx1g\n{"messages":[]}', '/site')).toEqual([]);
  });

  it('fails when the checker printed no report', () => {
    expect(() => nuErrors('Error: Unable to access jarfile vnu.jar', '/site')).toThrow(/gav ingen rapport/);
  });
});
