/**
 * The fields follow the file's schema (`src/schemas/`, or the allowlist's), in Swedish with the
 * field's line and "menade du …?" where it can.
 */
import type { FileCheck } from '../check.ts';
import { issuesToProblems } from '../zod-issues.ts';

/** Reports each way the fields break their schema. */
export const schema: FileCheck = {
  name: 'schema',
  kinds: ['allowlist', 'site', 'list', 'entry'],
  check(file) {
    const result = file.validated;
    if (!result || result.success || !file.schema || !file.yaml) return [];
    return issuesToProblems(file.schema, file.data, result.error.issues, file.yaml);
  },
};
