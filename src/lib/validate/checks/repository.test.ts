import { describe, expect, it } from 'vitest';
import { fileOf } from '../../../../tests/fixtures/validator/content-file.ts';
import { builtRepository, repository } from './repository.ts';

const site = (address: string) =>
  fileOf('site.yaml', `name: Bästa platsen\nowner: Region Jönköpings län\nrepository: ${address}\n`);
const builtIn = (name: string | undefined) => ({ allowlist: [], repository: name });

describe('the repository check', () => {
  it('reports a site.yaml that names another repository than the one being built, on its line', () => {
    expect(repository.check(site('https://github.com/annan/kopia'), builtIn('region/basta-platsen'))).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'repository',
        rule: 'repository',
        message: expect.stringMatching(
          /https:\/\/github\.com\/annan\/kopia.*Skriv https:\/\/github\.com\/region\/basta-platsen\./,
        ),
      }),
    ]);
  });

  it('reports an address that is not a repository on GitHub', () => {
    expect(
      repository.check(site('https://gitlab.com/region/basta-platsen'), builtIn('region/basta-platsen')),
    ).toHaveLength(1);
  });

  it.each([
    'https://github.com/region/basta-platsen',
    'https://github.com/Region/Basta-Platsen/',
    'https://github.com/region/basta-platsen.git',
  ])('accepts %s when region/basta-platsen is built', (address) => {
    expect(repository.check(site(address), builtIn('region/basta-platsen'))).toEqual([]);
  });

  it('says nothing where the run knows no repository, or the site names none', () => {
    expect(repository.check(site('https://github.com/annan/kopia'), builtIn(undefined))).toEqual([]);
    expect(repository.check(fileOf('site.yaml', 'name: B\nowner: R\n'), builtIn('region/basta-platsen'))).toEqual([]);
  });
});

describe('builtRepository', () => {
  const actions = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'region/basta-platsen' };

  it('is the repository a pull request on GitHub Actions is for', () => {
    expect(builtRepository({ ...actions, GITHUB_EVENT_NAME: 'pull_request' })).toBe('region/basta-platsen');
    expect(builtRepository({ ...actions, GITHUB_EVENT_NAME: 'pull_request_target' })).toBe('region/basta-platsen');
  });

  it('is nothing in other workflows (a fork’s own pushes build the fork), nor off GitHub Actions', () => {
    expect(builtRepository({ ...actions, GITHUB_EVENT_NAME: 'push' })).toBeUndefined();
    expect(
      builtRepository({ GITHUB_REPOSITORY: 'region/basta-platsen', GITHUB_EVENT_NAME: 'pull_request' }),
    ).toBeUndefined();
    expect(builtRepository({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request' })).toBeUndefined();
  });
});
