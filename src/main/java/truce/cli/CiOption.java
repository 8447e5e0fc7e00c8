package truce.cli;

import picocli.CommandLine.Option;
import truce.stats.ConfidenceType;

/** {@code --ci TYPE}: how Kaplan–Meier intervals are built, as R's {@code survfit(conf.type = ...)}. */
final class CiOption {

    @Option(names = "--ci", paramLabel = "TYPE", converter = Converter.class,
            description = "Kaplan-Meier confidence intervals as R's survfit builds them: log (R's default),"
                    + " plain or log-log (default: log).")
    private ConfidenceType type = ConfidenceType.LOG;

    ConfidenceType type() {
        return type;
    }

    /** R's names ({@code log-log}, not the enum constant's). */
    static final class Converter implements picocli.CommandLine.ITypeConverter<ConfidenceType> {
        @Override
        public ConfidenceType convert(String value) {
            return ConfidenceType.parse(value);
        }
    }
}
