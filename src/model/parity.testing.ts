/**
 * The model's internals that the cross-runtime parity checks with scale/ (PyTorch) compare: feature
 * hashing, batching, the tagger's raw forward pass. Not part of the public face (./index); only
 * parity tools and tests import this.
 */
export { featurizeTokens, idsPerToken, wordShape } from './features';
export { encodeBatch } from './batching';
export { taggerOf } from './model';
export { inferenceContext } from './tagger';
