-- One run at a time per council and year, across processes and machines sharing the database. The holder renews
-- its lease while it runs; a lease that has expired belongs to a process that died, and may be taken over.
create table run_lock (
    la_code         varchar(20)  not null,
    collection_year int          not null,
    holder          varchar(255) not null,
    acquired_at     timestamp    not null,
    expires_at      timestamp    not null,
    primary key (la_code, collection_year)
);
