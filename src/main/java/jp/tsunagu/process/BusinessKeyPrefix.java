package jp.tsunagu.process;

/** Prefixes of the keys the application gives: DSP-2026-0007, CASE-2026-0001 ... */
public enum BusinessKeyPrefix {
    DISPATCH("DSP"),
    DISCHARGE("DIS"),
    EVACUATION_PLAN("EVP"),
    REGIONAL_ACTIVITY("REG"),
    CASE("CASE"),
    /** 随時相談, an adviser's ad-hoc consultation recorded on /advice (no flow). */
    ADVICE("ADV");

    private final String prefix;

    BusinessKeyPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public String format(int year, int sequence) {
        return "%s-%d-%04d".formatted(prefix, year, sequence);
    }
}
