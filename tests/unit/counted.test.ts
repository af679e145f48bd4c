// Counts written in words: one of a thing is singular, any other number plural, irregular nouns included.
import { describe, expect, it } from 'vitest';
import { counted } from '../../src/shared/counted';

describe('counted', () => {
  it('writes one in the singular and every other number in the plural', () => {
    expect(counted(1, 'activity')).toBe('1 activity');
    expect(counted(0, 'activity')).toBe('0 activities');
    expect(counted(2, 'party')).toBe('2 parties');
    expect(counted(1, 'error')).toBe('1 error');
    expect(counted(3, 'warning')).toBe('3 warnings');
  });
});
