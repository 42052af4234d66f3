/** The seeded PRNG and shuffle every reproducible draw uses (pure TypeScript: page, worker and Node). */
export { mulberry32, shuffled } from './mulberry32';
