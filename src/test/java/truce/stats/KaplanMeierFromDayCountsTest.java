package truce.stats;

/** {@link DayCounts#kaplanMeier()}, the route a sweep's design points take, on the shared cases. */
class KaplanMeierFromDayCountsTest extends KaplanMeierAbstractTest {

    @Override
    protected SurvivalCurve estimate(Counts counts) {
        return DayCounts.of(new long[][] {counts.collapsesByDay()}, counts.survivors(), counts.horizon()).kaplanMeier();
    }
}
