import { describe, expect, it } from 'vitest';
import { bodyProblem } from './problem.ts';

describe('bodyProblem', () => {
  it('makes an error in the field body at the place given', () => {
    expect(bodyProblem({ line: 3, column: 5, offset: 20 }, 'mdx-esm', 'Ta bort raden.')).toEqual({
      line: 3,
      column: 5,
      severity: 'error',
      field: 'body',
      message: 'Ta bort raden.',
      rule: 'mdx-esm',
    });
  });

  it('places a problem without a place at the first line', () => {
    expect(bodyProblem(undefined, 'mdx-esm', 'x')).toMatchObject({ line: 1, column: 1 });
  });
});
