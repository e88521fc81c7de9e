-- The slice index leads with the run (or return) rather than the child: a slice is the range of its ids within one
-- run, and a run's ids are read from the index alone. Led by the child, both scanned the entries of every run the
-- database still holds, so they slowed with each night's run kept until purge.
-- One statement per table, so that a table is never left without its index.
alter table stg_header drop index stg_header_child, add index stg_header_child (run_id, child);
alter table ret_header drop index ret_header_child, add index ret_header_child (return_id, child);
alter table stg_episodes drop index stg_episodes_child, add index stg_episodes_child (run_id, child);
alter table ret_episodes drop index ret_episodes_child, add index ret_episodes_child (return_id, child);
alter table stg_uasc drop index stg_uasc_child, add index stg_uasc_child (run_id, child);
alter table ret_uasc drop index ret_uasc_child, add index ret_uasc_child (return_id, child);
alter table stg_reviews drop index stg_reviews_child, add index stg_reviews_child (run_id, child);
alter table ret_reviews drop index ret_reviews_child, add index ret_reviews_child (return_id, child);
alter table stg_missing drop index stg_missing_child, add index stg_missing_child (run_id, child);
alter table ret_missing drop index ret_missing_child, add index ret_missing_child (return_id, child);
alter table stg_oc2 drop index stg_oc2_child, add index stg_oc2_child (run_id, child);
alter table ret_oc2 drop index ret_oc2_child, add index ret_oc2_child (return_id, child);
alter table stg_oc3 drop index stg_oc3_child, add index stg_oc3_child (run_id, child);
alter table ret_oc3 drop index ret_oc3_child, add index ret_oc3_child (return_id, child);
alter table stg_ad1 drop index stg_ad1_child, add index stg_ad1_child (run_id, child);
alter table ret_ad1 drop index ret_ad1_child, add index ret_ad1_child (return_id, child);
alter table stg_placed_for_adoption drop index stg_placed_for_adoption_child, add index stg_placed_for_adoption_child (run_id, child);
alter table ret_placed_for_adoption drop index ret_placed_for_adoption_child, add index ret_placed_for_adoption_child (return_id, child);
alter table stg_previous_permanence drop index stg_previous_permanence_child, add index stg_previous_permanence_child (run_id, child);
alter table ret_previous_permanence drop index ret_previous_permanence_child, add index ret_previous_permanence_child (return_id, child);
alter table stg_sw_episodes drop index stg_sw_episodes_child, add index stg_sw_episodes_child (run_id, child);
alter table ret_sw_episodes drop index ret_sw_episodes_child, add index ret_sw_episodes_child (return_id, child);
alter table stg_dolo drop index stg_dolo_child, add index stg_dolo_child (run_id, child);
alter table ret_dolo drop index ret_dolo_child, add index ret_dolo_child (return_id, child);
