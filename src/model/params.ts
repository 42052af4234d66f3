import * as tf from '@tensorflow/tfjs';
import { createRandom, type Random } from './random';

/** How a weight starts: glorot-uniform (dense and recurrent kernels), uniform ±0.1 (hash tables), constants. */
export type ParamInit = 'glorot' | 'embedding' | 'zeros' | 'ones';

export interface ParamSpec {
  name: string;
  shape: number[];
  init: ParamInit;
}

/** The trainable weights of a network by name. The owner disposes them with disposeParams. */
export type Params = Map<string, tf.Variable>;

function initialValues(spec: ParamSpec, random: Random): Float32Array {
  const size = spec.shape.reduce((a, b) => a * b, 1);
  const values = new Float32Array(size);
  if (spec.init === 'ones') values.fill(1);
  if (spec.init === 'glorot' || spec.init === 'embedding') {
    const [fanIn, fanOut] = [spec.shape[0], spec.shape[spec.shape.length - 1]];
    const limit = spec.init === 'glorot' ? Math.sqrt(6 / (fanIn + fanOut)) : 0.1;
    for (let i = 0; i < size; i++) values[i] = (random() * 2 - 1) * limit;
  }
  return values;
}

/** Fresh weights from a seed, generated in JS so every backend starts from identical numbers. */
export function initParams(specs: readonly ParamSpec[], seed: number): Params {
  const random = createRandom(seed);
  const params: Params = new Map();
  for (const spec of specs) {
    const values = initialValues(spec, random);
    params.set(spec.name, tf.tidy(() => tf.variable(tf.tensor(values, spec.shape), true, uniqueName(spec.name))));
  }
  return params;
}

/** Variables from loaded tensors (which the new variables copy; the caller disposes the tensors). */
export function paramsFromTensors(specs: readonly ParamSpec[], tensors: Record<string, tf.Tensor>): Params {
  const params: Params = new Map();
  for (const spec of specs) {
    const tensor = tensors[spec.name];
    if (!tensor) throw new Error(`weights are missing "${spec.name}"`);
    if (!tf.util.arraysEqual(tensor.shape, spec.shape)) {
      throw new Error(`weight "${spec.name}" has shape [${tensor.shape}], the architecture needs [${spec.shape}]`);
    }
    params.set(spec.name, tf.tidy(() => tf.variable(tensor.toFloat(), true, uniqueName(spec.name))));
  }
  return params;
}

let variableCounter = 0;
/** tfjs variable names are global to the engine: two models with the same layout must not clash. */
function uniqueName(name: string): string {
  variableCounter += 1;
  return `ner/${variableCounter}/${name}`;
}

export function disposeParams(params: Params): void {
  for (const variable of params.values()) variable.dispose();
  params.clear();
}

export function param(params: Params, name: string): tf.Variable {
  const variable = params.get(name);
  if (!variable) throw new Error(`no weight named "${name}"`);
  return variable;
}
