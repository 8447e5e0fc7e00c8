package truce.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The leukemia remission data of Freireich et al. (1963), in weeks: 21 children on 6-mercaptopurine
 * (6-MP) and 21 on placebo, as listed by Gehan (1965) and reprinted as the running example of
 * Kleinbaum &amp; Klein, <i>Survival Analysis: A Self-Learning Text</i> (3rd ed., Springer 2012,
 * chapters 1–2) and of Klein &amp; Moeschberger, <i>Survival Analysis</i> (2nd ed., Springer 2003,
 * section 1.2).
 *
 * <ul>
 * <li>Freireich, E. J. et al. (1963). The effect of 6-mercaptopurine on the duration of
 * steroid-induced remissions in acute leukemia. Blood 21, 699–716.</li>
 * <li>Gehan, E. A. (1965). A generalized Wilcoxon test for comparing arbitrarily singly-censored
 * samples. Biometrika 52, 203–223.</li>
 * </ul>
 */
final class Leukemia {

    private Leukemia() {
    }

    /** 6-MP group: 6,6,6,6+,7,9+,10,10+,11+,13,16,17+,19+,20+,22,23,25+,32+,32+,34+,35+ (+ censored). */
    static List<Spell> sixMp() {
        List<Spell> s = new ArrayList<>();
        for (double t : new double[] {6, 6, 6, 7, 10, 13, 16, 22, 23}) {
            s.add(Spell.collapse(t));
        }
        for (double t : new double[] {6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35}) {
            s.add(Spell.censored(t));
        }
        return s;
    }

    /** Placebo group, all relapsed: 1,1,2,2,3,4,4,5,5,8,8,8,8,11,11,12,12,15,17,22,23. */
    static int[] placeboDays() {
        return new int[] {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23};
    }

    /** Placebo group as spells. */
    static List<Spell> placebo() {
        List<Spell> s = new ArrayList<>();
        for (int t : placeboDays()) {
            s.add(Spell.collapse(t));
        }
        return s;
    }
}
