-- The slice index leads with the run (or return) rather than the child: a slice is the range of its ids within one
-- run, and a run's ids are read from the index alone. Led by the child, both scanned the entries of every run the
-- database still holds, so they slowed with each night's run kept until purge.
-- H2 commits each statement of a migration, so a migration cut short (a full disk) is run again from the top: every
-- statement may find its work done.
drop index if exists stg_header_child on stg_header;
create index if not exists stg_header_child on stg_header (run_id, child);
drop index if exists ret_header_child on ret_header;
create index if not exists ret_header_child on ret_header (return_id, child);
drop index if exists stg_episodes_child on stg_episodes;
create index if not exists stg_episodes_child on stg_episodes (run_id, child);
drop index if exists ret_episodes_child on ret_episodes;
create index if not exists ret_episodes_child on ret_episodes (return_id, child);
drop index if exists stg_uasc_child on stg_uasc;
create index if not exists stg_uasc_child on stg_uasc (run_id, child);
drop index if exists ret_uasc_child on ret_uasc;
create index if not exists ret_uasc_child on ret_uasc (return_id, child);
drop index if exists stg_reviews_child on stg_reviews;
create index if not exists stg_reviews_child on stg_reviews (run_id, child);
drop index if exists ret_reviews_child on ret_reviews;
create index if not exists ret_reviews_child on ret_reviews (return_id, child);
drop index if exists stg_missing_child on stg_missing;
create index if not exists stg_missing_child on stg_missing (run_id, child);
drop index if exists ret_missing_child on ret_missing;
create index if not exists ret_missing_child on ret_missing (return_id, child);
drop index if exists stg_oc2_child on stg_oc2;
create index if not exists stg_oc2_child on stg_oc2 (run_id, child);
drop index if exists ret_oc2_child on ret_oc2;
create index if not exists ret_oc2_child on ret_oc2 (return_id, child);
drop index if exists stg_oc3_child on stg_oc3;
create index if not exists stg_oc3_child on stg_oc3 (run_id, child);
drop index if exists ret_oc3_child on ret_oc3;
create index if not exists ret_oc3_child on ret_oc3 (return_id, child);
drop index if exists stg_ad1_child on stg_ad1;
create index if not exists stg_ad1_child on stg_ad1 (run_id, child);
drop index if exists ret_ad1_child on ret_ad1;
create index if not exists ret_ad1_child on ret_ad1 (return_id, child);
drop index if exists stg_placed_for_adoption_child on stg_placed_for_adoption;
create index if not exists stg_placed_for_adoption_child on stg_placed_for_adoption (run_id, child);
drop index if exists ret_placed_for_adoption_child on ret_placed_for_adoption;
create index if not exists ret_placed_for_adoption_child on ret_placed_for_adoption (return_id, child);
drop index if exists stg_previous_permanence_child on stg_previous_permanence;
create index if not exists stg_previous_permanence_child on stg_previous_permanence (run_id, child);
drop index if exists ret_previous_permanence_child on ret_previous_permanence;
create index if not exists ret_previous_permanence_child on ret_previous_permanence (return_id, child);
drop index if exists stg_sw_episodes_child on stg_sw_episodes;
create index if not exists stg_sw_episodes_child on stg_sw_episodes (run_id, child);
drop index if exists ret_sw_episodes_child on ret_sw_episodes;
create index if not exists ret_sw_episodes_child on ret_sw_episodes (return_id, child);
drop index if exists stg_dolo_child on stg_dolo;
create index if not exists stg_dolo_child on stg_dolo (run_id, child);
drop index if exists ret_dolo_child on ret_dolo;
create index if not exists ret_dolo_child on ret_dolo (return_id, child);
