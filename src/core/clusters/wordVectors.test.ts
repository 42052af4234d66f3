import { describe, expect, it } from 'vitest';
import { frequentWords, leftSingularVectors, ppmiMatrix, symmetricEigen, wordVectors, type SparseRows } from './wordVectors';

const cosine = (v: Float64Array, width: number, a: number, b: number) => {
  let sum = 0;
  for (let d = 0; d < width; d++) sum += v[a * width + d] * v[b * width + d];
  return sum;
};

describe('word vectors', () => {
  it('frequent words are lowercased counted and ordered by count then word', () => {
    expect(frequentWords([['The', 'cat'], ['the', 'dog', 'Cat'], ['a']], 1, 10)).toEqual(['cat', 'the', 'a', 'dog']);
    expect(frequentWords([['The', 'cat'], ['the', 'dog', 'Cat'], ['a']], 2, 1)).toEqual(['cat']);
  });

  it('PPMI keeps only pairs within the window that co-occur more than chance', () => {
    const words = ['a', 'b', 'c'];
    const matrix = ppmiMatrix([['a', 'b', 'x', 'x', 'c'], ['a', 'b'], ['c', 'c']], words, 1);
    const entries: string[] = [];
    for (let r = 0; r < matrix.size; r++) for (let e = matrix.rowStart[r]; e < matrix.rowStart[r + 1]; e++) entries.push(`${words[r]}-${words[matrix.columns[e]]}`);
    // a–b co-occur twice, c–c once; a never sees c (the x tokens are outside the vocabulary).
    expect(entries).toEqual(['a-b', 'b-a', 'c-c']);
    expect([...matrix.values].every((v) => v > 0)).toBe(true);
  });

  it('symmetric eigen of a known matrix', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect([...values].sort()).toEqual([expect.closeTo(1, 10), expect.closeTo(3, 10)]);
    const big = values[0] > values[1] ? 0 : 1;
    expect(Math.abs(vectors[big])).toBeCloseTo(Math.SQRT1_2, 10);
    expect(vectors[big]).toBeCloseTo(vectors[2 + big], 10);
  });

  it('randomized SVD recovers the leading singular vectors of a diagonal matrix', () => {
    const diagonal = [9, 4, 1, 0.25, 0.01];
    const matrix: SparseRows = { size: 5, rowStart: Int32Array.from([0, 1, 2, 3, 4, 5]), columns: Int32Array.from([0, 1, 2, 3, 4]), values: Float64Array.from(diagonal) };
    const u = leftSingularVectors(matrix, 2, 7);
    // Column d is ±e_d scaled by √σ_d.
    expect(Math.abs(u[0 * 2 + 0])).toBeCloseTo(3, 6);
    expect(Math.abs(u[1 * 2 + 1])).toBeCloseTo(2, 6);
    for (const [row, col] of [[0, 1], [1, 0], [2, 0], [2, 1], [4, 1]]) expect(u[row * 2 + col]).toBeCloseTo(0, 6);
  });

  it('words used alike get nearby vectors', () => {
    const sentences: string[][] = [];
    for (let i = 0; i < 30; i++) {
      sentences.push(['we', 'import', i % 2 ? 'numpy' : 'pandas', 'as', 'a', 'library']);
      sentences.push(['they', 'flew', 'to', i % 2 ? 'paris' : 'london', 'by', 'plane']);
    }
    const { words, vectors, dimensions } = wordVectors(sentences, { minCount: 5, maxWords: 100, window: 2, dimensions: 6, seed: 1 });
    const at = (word: string) => words.indexOf(word);
    expect(cosine(vectors, dimensions, at('numpy'), at('pandas'))).toBeGreaterThan(0.95);
    expect(cosine(vectors, dimensions, at('paris'), at('london'))).toBeGreaterThan(0.95);
    expect(cosine(vectors, dimensions, at('numpy'), at('paris'))).toBeLessThan(0.5);
  });
});
