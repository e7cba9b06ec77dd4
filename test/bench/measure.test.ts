import { describe, expect, it } from 'vitest';
import { median, quantile, spread } from '../../bench/measure.js';

describe('bench spread of pair ratios', () => {
  it('when ratios are given in any order then the median and quartiles interpolate between sorted neighbours', () => {
    expect(median([0.9, 0.7, 1.1])).toBe(0.9);
    expect(median([1, 4, 2, 3])).toBe(2.5);
    expect(quantile([4, 1, 3, 2, 5], 0.25)).toBe(2);
    expect(spread([0.95, 0.41, 0.88, 4.41, 0.9, 0.92, 0.93])).toEqual({ min: 0.41, q1: 0.89, q3: 0.94, max: 4.41 });
  });

  it('should give NaN for no figures rather than a made-up one', () => {
    expect(Number.isNaN(median([]))).toBe(true);
  });
});
