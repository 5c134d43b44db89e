/**
 * The Poisson probability P(N = n), N ~ Poisson(mean), for a whole n > 15, to a relative error of a few units in
 * the last place, by Loader's saddle-point form (C. Loader, "Fast and accurate computation of binomial
 * probabilities", 2000):
 *   P(N = n) = exp(-stirlingError(n) - deviance(n, mean)) / sqrt(2 pi n).
 * Neither n! nor mean^n is formed, and neither term of the exponent is a difference of large numbers, so the result
 * keeps its precision where exp(n ln mean - mean - ln n!) would lose about three digits in the subtraction.
 */
export function poissonPmf(n: number, mean: number): number {
  return Math.exp(-stirlingError(n) - deviance(n, mean)) / Math.sqrt(2 * Math.PI * n);
}

/**
 * ln n! - ((n + 1/2) ln n - n + ln sqrt(2 pi)), the error of Stirling's formula, by its asymptotic series
 * 1/(12n) - 1/(360n^3) + 1/(1260n^5) - 1/(1680n^7) + 1/(1188n^9) (Abramowitz and Stegun 6.1.41), cut where its
 * next term is below 1e-17 of it (Loader's thresholds). Valid for n > 15.
 */
function stirlingError(n: number): number {
  const nn = 1 / (n * n);
  if (n > 500) return (1 / 12 - nn / 360) / n;
  if (n > 80) return (1 / 12 - (1 / 360 - nn / 1260) * nn) / n;
  if (n > 35) return (1 / 12 - (1 / 360 - (1 / 1260 - nn / 1680) * nn) * nn) / n;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - nn / 1188) * nn) * nn) * nn) / n;
}

/**
 * n ln(n / mean) + mean - n (half the Poisson deviance), >= 0. Near n = mean the closed form cancels, so there it is
 * summed as the series 2n sum_j v^(2j+1) / (2j + 1) - (n - mean) v with v = (n - mean) / (n + mean) (Loader's bd0),
 * whose terms fall by v^2 <= 0.01 each.
 */
function deviance(n: number, mean: number): number {
  const diff = n - mean;
  if (Math.abs(diff) >= 0.1 * (n + mean)) return n * Math.log(n / mean) + mean - n;
  const v = diff / (n + mean);
  let sum = diff * v;
  let power = 2 * n * v;
  const vv = v * v;
  for (let j = 1; ; j++) {
    power *= vv;
    const next = sum + power / (2 * j + 1);
    if (next === sum) return sum;
    sum = next;
  }
}
