-- The product's own tables. Spring Batch's BATCH_* tables are created by Batch's own script for the platform.
-- A run is a Spring Batch job instance: every row a run writes is keyed by run_id (the job instance id), so a
-- restarted run replaces or continues its own rows and never duplicates them.

-- Each input file of a run, with its checksum (for auditors) and its row accounting.
create table run_input (
    run_id        bigint       not null,
    table_name    varchar(40)  not null,
    file_name     varchar(255) not null,
    bytes         bigint       not null,
    sha256        char(64)     not null,
    rows_read     int,
    rows_loaded   int,
    rows_rejected int,
    primary key (run_id, table_name)
);

-- Rows the loader could not place in the data model (contract.md); raw_text is personal data.
create table rejected_record (
    run_id      bigint       not null,
    table_name  varchar(40)  not null,
    source_file varchar(255) not null,
    line        bigint       not null,
    child_id    varchar(255),
    reason      varchar(255) not null,
    raw_text    text,
    primary key (run_id, table_name, line)
);

create table validation_issue (
    id         bigint       not null auto_increment,
    run_id     bigint       not null,
    rule_code  varchar(20)  not null,
    severity   varchar(8)   not null,
    table_name varchar(40)  not null,
    line       bigint       not null,
    child_id   varchar(255) not null,
    fields     varchar(255) not null,
    message    varchar(500) not null,
    primary key (id)
);
create index validation_issue_run on validation_issue (run_id);

-- One row per rule of the year's set per run: how often it failed, or why it could not run.
create table validation_rule_run (
    run_id           bigint       not null,
    rule_code        varchar(20)  not null,
    severity         varchar(8)   not null,
    failing_rows     int          not null,
    failing_children int          not null,
    status           varchar(255) not null,
    primary key (run_id, rule_code)
);

-- A stored 903 return: one version per successful build, numbered per council and year.
create table return_version (
    return_id       bigint      not null auto_increment,
    la_code         varchar(20) not null,
    collection_year int         not null,
    version         int         not null,
    run_id          bigint      not null,
    created_at      timestamp   not null,
    primary key (return_id),
    constraint return_version_run unique (run_id),
    constraint return_version_number unique (la_code, collection_year, version)
);

-- Every output file of a run with its checksum: the manifest, kept for auditors after purges.
create table run_output (
    run_id bigint       not null,
    path   varchar(255) not null,
    bytes  bigint       not null,
    sha256 char(64)     not null,
    primary key (run_id, path)
);

-- Staged rows of a run, values as loaded (trimmed; codes upper-cased).
create table stg_header (
    run_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    sex varchar(255),
    dob varchar(255),
    ethnic varchar(255),
    upn varchar(255),
    mother varchar(255),
    mc_dob varchar(255),
    primary key (run_id, line)
);
create table stg_episodes (
    run_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    decom varchar(255),
    rne varchar(255),
    ls varchar(255),
    cin varchar(255),
    place varchar(255),
    place_provider varchar(255),
    dec_ varchar(255),
    rec varchar(255),
    reason_place_change varchar(255),
    home_post varchar(255),
    pl_post varchar(255),
    urn varchar(255),
    primary key (run_id, line)
);
create table stg_uasc (
    run_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    sex varchar(255),
    dob varchar(255),
    duc varchar(255),
    primary key (run_id, line)
);
create table stg_reviews (
    run_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    review varchar(255),
    review_code varchar(255),
    primary key (run_id, line)
);
create table stg_missing (
    run_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    missing varchar(255),
    mis_start varchar(255),
    mis_end varchar(255),
    primary key (run_id, line)
);
create table stg_oc2 (
    run_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    sdq_score varchar(255),
    sdq_reason varchar(255),
    convicted varchar(255),
    health_check varchar(255),
    immunisations varchar(255),
    teeth_check varchar(255),
    health_assessment varchar(255),
    substance_misuse varchar(255),
    intervention_received varchar(255),
    intervention_offered varchar(255),
    primary key (run_id, line)
);
create table stg_oc3 (
    run_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    in_touch varchar(255),
    activ varchar(255),
    accom varchar(255),
    primary key (run_id, line)
);
create table stg_ad1 (
    run_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    date_int varchar(255),
    date_match varchar(255),
    foster_care varchar(255),
    nb_adoptr varchar(255),
    sex_adoptr varchar(255),
    ls_adoptr varchar(255),
    primary key (run_id, line)
);
create table stg_placed_for_adoption (
    run_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    date_placed varchar(255),
    date_placed_ceased varchar(255),
    reason_placed_ceased varchar(255),
    primary key (run_id, line)
);
create table stg_previous_permanence (
    run_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    prev_perm varchar(255),
    la_perm varchar(255),
    date_perm varchar(255),
    primary key (run_id, line)
);
create table stg_sw_episodes (
    run_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    sw_id varchar(255),
    sw_decom varchar(255),
    sw_dec varchar(255),
    sw_reason varchar(255),
    primary key (run_id, line)
);

-- Rows of a stored return version.
create table ret_header (
    return_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    sex varchar(255),
    dob varchar(255),
    ethnic varchar(255),
    upn varchar(255),
    mother varchar(255),
    mc_dob varchar(255),
    primary key (return_id, line)
);
create table ret_episodes (
    return_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    decom varchar(255),
    rne varchar(255),
    ls varchar(255),
    cin varchar(255),
    place varchar(255),
    place_provider varchar(255),
    dec_ varchar(255),
    rec varchar(255),
    reason_place_change varchar(255),
    home_post varchar(255),
    pl_post varchar(255),
    urn varchar(255),
    primary key (return_id, line)
);
create table ret_uasc (
    return_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    sex varchar(255),
    dob varchar(255),
    duc varchar(255),
    primary key (return_id, line)
);
create table ret_reviews (
    return_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    review varchar(255),
    review_code varchar(255),
    primary key (return_id, line)
);
create table ret_missing (
    return_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    missing varchar(255),
    mis_start varchar(255),
    mis_end varchar(255),
    primary key (return_id, line)
);
create table ret_oc2 (
    return_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    sdq_score varchar(255),
    sdq_reason varchar(255),
    convicted varchar(255),
    health_check varchar(255),
    immunisations varchar(255),
    teeth_check varchar(255),
    health_assessment varchar(255),
    substance_misuse varchar(255),
    intervention_received varchar(255),
    intervention_offered varchar(255),
    primary key (return_id, line)
);
create table ret_oc3 (
    return_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    in_touch varchar(255),
    activ varchar(255),
    accom varchar(255),
    primary key (return_id, line)
);
create table ret_ad1 (
    return_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    date_int varchar(255),
    date_match varchar(255),
    foster_care varchar(255),
    nb_adoptr varchar(255),
    sex_adoptr varchar(255),
    ls_adoptr varchar(255),
    primary key (return_id, line)
);
create table ret_placed_for_adoption (
    return_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    date_placed varchar(255),
    date_placed_ceased varchar(255),
    reason_placed_ceased varchar(255),
    primary key (return_id, line)
);
create table ret_previous_permanence (
    return_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    prev_perm varchar(255),
    la_perm varchar(255),
    date_perm varchar(255),
    primary key (return_id, line)
);
create table ret_sw_episodes (
    return_id bigint not null,
    line bigint not null,
    child varchar(255) not null,
    dob varchar(255),
    sw_id varchar(255),
    sw_decom varchar(255),
    sw_dec varchar(255),
    sw_reason varchar(255),
    primary key (return_id, line)
);
