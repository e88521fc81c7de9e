-- Reference data is kept as versions (one per reference_load, keyed by the file's sha256) instead of one table
-- truncated by each load: a run records the versions it uses and reads exactly those, so two councils running at
-- once with different files, and the restarts and reruns of a run, each see their own data.
create index reference_load_sha on reference_load (kind, sha256);
-- Several postcode versions now share the table and a run reads only its own: the index spares it reading them all.
-- Its entries arrive in load order, at the index's end, so it costs the nightly load little.
create index ref_postcode_load on ref_postcode (load_id);

-- Each time a version is stored or given again, in order: the last one of a kind is what a run without a file uses
-- (giving an older file again is how an operator goes back to it). An id, not a time, orders them: two may come in
-- the same second, and clocks differ between hosts.
create table reference_given (
    id      bigint      not null auto_increment,
    kind    varchar(20) not null,
    load_id bigint      not null,
    primary key (id)
);
create index reference_given_kind on reference_given (kind, id);
insert into reference_given (kind, load_id) select kind, id from reference_load where row_count is not null order by id;

-- The reference versions a run reads, one per kind it has: 'given' on its command line, or the 'latest' stored
-- when the run first recorded them. A kind absent here had no data stored: the rules needing it are skipped.
create table run_reference (
    run_id      bigint      not null,
    kind        varchar(20) not null,
    load_id     bigint      not null,
    sha256      char(64)    not null,
    source      varchar(10) not null,
    primary key (run_id, kind)
);
create index run_reference_load on run_reference (load_id);

-- Where the holder of a run lock runs, so that a lock left by a dead process on the same host is taken over at
-- once instead of after its lease.
alter table run_lock add column host varchar(255) null;
alter table run_lock add column pid bigint null;
