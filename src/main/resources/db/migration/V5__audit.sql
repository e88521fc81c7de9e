-- Every start, restart, recovery and rerun of a run, with who asked for it and the command line they gave (secrets
-- masked before they are stored). Spring Batch records executions but not who restarted them, nor how.
create table run_event (
    id           bigint        not null auto_increment,
    run_id       bigint        not null,
    execution_id bigint        not null,
    event        varchar(10)   not null, -- start, restart, recover or rerun
    event_at     timestamp     not null,
    who          varchar(255)  not null,
    command_line varchar(2000) not null,
    primary key (id)
);
create index run_event_run on run_event (run_id, id);
