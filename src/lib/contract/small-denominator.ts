/**
 * A rate whose denominator is below this many (requests or cases) says so wherever it is shown and
 * is left out of rankings (the compare view). Its own module: the charts' tooltips need only this
 * number, not the spec of derived metrics (derived-metrics.ts re-exports it).
 */
export const SMALL_DENOMINATOR = 30;
