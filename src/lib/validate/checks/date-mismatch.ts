/**
 * A meeting's `date` is the date its file name starts with.
 */
import type { FileCheck } from '../check.ts';
import { isRecord } from '../schema-walk.ts';
import { meetingDateOf } from './file-name.ts';

/** Reports a meeting whose `date` differs from its file name's date. */
export const dateMismatch: FileCheck = {
  name: 'date-mismatch',
  kinds: ['entry'],
  check(file) {
    if (file.kind.kind !== 'entry' || file.kind.collection !== 'meetings' || !file.yaml) return [];
    const fileDate = meetingDateOf(file.kind.id);
    const data = file.data;
    if (!fileDate || !isRecord(data) || typeof data.date !== 'string' || data.date === fileDate) return [];
    return [
      {
        ...file.yaml.locate(['date']),
        severity: 'error',
        field: 'date',
        message: `datumet ${data.date} stämmer inte med filnamnets datum ${fileDate}: ändra det ena så att de blir lika`,
        rule: 'date-mismatch',
      },
    ];
  },
};
