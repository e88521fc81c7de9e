-- A rerun publishes a folder of its own: outputs are kept per rerun (0 for the run's own publication), so that a
-- rerun never replaces the record of what the run itself produced.
alter table run_output add column rerun_number int default 0 not null;
alter table run_output drop primary key;
alter table run_output add primary key (run_id, rerun_number, path);

-- The last renewal of the run lock's lease by the process running an execution: when that process is killed, the
-- execution's end is known to lie between this beat and the next, not at the time someone recovered it.
create table run_heartbeat (
    execution_id bigint    not null,
    beat_at      timestamp not null,
    primary key (execution_id)
);
