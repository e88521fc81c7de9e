-- Reference data the rules need besides the extract, each kept with where it came from (for auditors).
-- One row per load of a kind ('postcodes', 'ofsted_providers', 'la_codes'). A load whose row count is still null
-- did not finish: it is never used, and the next run loads the file again.
create table reference_load (
    id          bigint       not null auto_increment,
    kind        varchar(20)  not null,
    source_file varchar(255) not null,
    sha256      char(64)     not null,
    row_count   int,
    loaded_at   timestamp    not null,
    primary key (id)
);
create index reference_load_kind on reference_load (kind, id);

-- The ONS postcode directory (NSPL/ONSPD): only the latest load's rows are kept. No key or index: the table is
-- only ever read whole into memory, and an index would slow the nightly load of 2.7 million rows.
create table ref_postcode (
    postcode varchar(12) not null,
    easting  int         not null,
    northing int         not null,
    laua     varchar(9)  not null,
    utla     varchar(9)  not null,
    load_id  bigint      not null
);

-- The Ofsted children's homes and social care providers; codes are comma-separated 903 codes.
create table ref_ofsted_provider (
    urn               varchar(20)  not null,
    placement_codes   varchar(255) not null,
    provider_codes    varchar(255) not null,
    registration_end  date,
    setting_postcode  varchar(12)  not null,
    la_code           varchar(9)   not null,
    load_id           bigint       not null,
    primary key (load_id, urn)
);

-- Local authority codes: kind 'dfe3' (3-digit DfE code), 'ons' (ONS code) or 'special' (999, WAL, SCO, NIR, NUK).
create table ref_la_code (
    code    varchar(9)   not null,
    kind    varchar(8)   not null,
    name    varchar(100) not null,
    load_id bigint       not null,
    primary key (load_id, code)
);
