/**
 * Statistics for the sweep runner: how often and for how long a ceasefire survives across many
 * runs of one design point (the README, "Sweeps").
 *
 * <p>Results are immutable values ({@link truce.stats.Interval}, {@link truce.stats.SurvivalCurve},
 * {@link truce.stats.LogRankResult}, {@link truce.stats.PointSummary}) made by stateless
 * estimators ({@link truce.stats.Proportions}, {@link truce.stats.KaplanMeier},
 * {@link truce.stats.LogRank}); the one accumulator, {@link truce.stats.PointAccumulator}, hands
 * out immutable snapshots. Commons Math 3 supplies the distributions, the Wilson interval and the
 * linear algebra.
 *
 * <p>Conventions. Times are in days since the ceasefire started (day 0). A run whose ceasefire
 * collapses on day {@code d} is a {@link truce.stats.Spell} of time {@code d} with an event; a run
 * that reaches its horizon {@code H} (days {@code 0 .. H-1} simulated) is censored at time
 * {@code H}. Survival {@code S(t)} is the probability that the collapse day is after {@code t}, so a
 * collapse on day {@code t} already counts against {@code S(t)}.
 */
package truce.stats;
