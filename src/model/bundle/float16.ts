/**
 * float32 → IEEE half precision bits, rounding to nearest even; tfjs's decodeWeights reads them
 * back through the manifest's `quantization: {dtype: 'float16'}` entry.
 */
const floatView = new Float32Array(1);
const intView = new Uint32Array(floatView.buffer);

export function toFloat16Bits(value: number): number {
  floatView[0] = value;
  const bits = intView[0];
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  let mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0); // Inf / NaN
  const halfExponent = exponent - 127 + 15;
  if (halfExponent >= 0x1f) return sign | 0x7c00; // overflow → Inf
  if (halfExponent <= 0) {
    if (halfExponent < -10) return sign; // underflow → ±0
    mantissa |= 0x800000;
    const shift = 14 - halfExponent;
    const rounded = (mantissa >>> shift) + ((mantissa >>> (shift - 1)) & 1 && (mantissa & ((1 << (shift - 1)) - 1) || (mantissa >>> shift) & 1) ? 1 : 0);
    return sign | rounded;
  }
  const base = sign | (halfExponent << 10) | (mantissa >>> 13);
  const remainder = mantissa & 0x1fff;
  // Round half to even; a carry into the exponent is the correct next value.
  return remainder > 0x1000 || (remainder === 0x1000 && (base & 1)) ? base + 1 : base;
}

export function encodeFloat16(values: Float32Array): Uint16Array {
  const out = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = toFloat16Bits(values[i]);
  return out;
}
