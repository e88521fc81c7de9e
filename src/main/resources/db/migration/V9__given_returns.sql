-- A return can be given to a run with --previous rather than built by one. When the database holds no return of
-- that council and year, the given folder is stored as a version of its own so that later kpi calls and runs read
-- the same year: it has no run of its own (run_id is null), says where it came from and carries the folder's
-- checksum for auditors.
alter table return_version modify run_id bigint null;
alter table return_version add column source varchar(20) default 'built' not null;
alter table return_version add column given_folder varchar(1000);
alter table return_version add column given_sha256 char(64);
alter table return_version add column given_to_run bigint;
