package org.ssda903.kpi;

/**
 * What a KPI is, as the committee reads it.
 *
 * @param id the catalogue id, e.g. {@code PLC-01}
 * @param name the name written in every row of kpi.csv
 * @param polarity which way is better
 * @param kind count, percentage or median
 * @param definition one sentence saying exactly what is counted
 */
public record KpiDefinition(String id, String name, Polarity polarity, KpiKind kind, String definition) {

}
