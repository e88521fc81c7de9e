-- Deprivation of liberty orders (DoLo.csv), a file of the 2026-27 collection: staged and stored like every other
-- 903 file, one varchar column per 903 column.
create table stg_dolo (
    run_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    dolo_start varchar(255),
    dolo_end varchar(255),
    primary key (run_id, line)
);
create table ret_dolo (
    return_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    dolo_start varchar(255),
    dolo_end varchar(255),
    primary key (return_id, line)
);
