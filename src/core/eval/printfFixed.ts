/**
 * C's `printf("%<width>.<decimals>f", value)`, as conlleval prints its figures, for values >= 0.
 *
 * `toFixed` rounds an exact tie up (12.125 → "12.13") where glibc rounds it to even ("12.12").
 * A double is an exact tie at d decimals only if it is an odd multiple of 2^-(d+1) (the 5^d of
 * the decimal denominator must cancel), so ties are detected exactly and sent to the even side.
 */
export function printfFixed(value: number, width = 6, decimals = 2): string {
  return formatRoundedHalfEven(value, decimals).padStart(width);
}

function formatRoundedHalfEven(value: number, decimals: number): string {
  const halfSteps = value * 2 ** (decimals + 1);
  const isTie = Number.isInteger(halfSteps) && halfSteps % 2 === 1;
  if (!isTie) return value.toFixed(decimals);
  const lower = Math.floor(value * 10 ** decimals);
  const even = lower % 2 === 0 ? lower : lower + 1;
  return (even / 10 ** decimals).toFixed(decimals);
}
