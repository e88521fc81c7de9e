-- KPI rows computed by a run (or by the kpi command for a period), in the row order of kpi/kpi.csv.
create table kpi_result (
    run_id          bigint       not null,
    period_start    date         not null,
    period_end      date         not null,
    seq             int          not null,
    kpi_id          varchar(20)  not null,
    name            varchar(200) not null,
    breakdown       varchar(60)  not null,
    breakdown_value varchar(60)  not null,
    numerator       int,
    denominator     int,
    kpi_value       decimal(12, 1),
    primary key (run_id, period_end, seq)
);
