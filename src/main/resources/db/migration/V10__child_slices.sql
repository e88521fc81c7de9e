-- Steps after ingest read a run's or a return's children a slice at a time (ChildSource): an index by child
-- makes each slice a range read rather than a scan of the whole table.
create index stg_header_child on stg_header (run_id, child);
create index ret_header_child on ret_header (return_id, child);
create index stg_episodes_child on stg_episodes (run_id, child);
create index ret_episodes_child on ret_episodes (return_id, child);
create index stg_uasc_child on stg_uasc (run_id, child);
create index ret_uasc_child on ret_uasc (return_id, child);
create index stg_reviews_child on stg_reviews (run_id, child);
create index ret_reviews_child on ret_reviews (return_id, child);
create index stg_missing_child on stg_missing (run_id, child);
create index ret_missing_child on ret_missing (return_id, child);
create index stg_oc2_child on stg_oc2 (run_id, child);
create index ret_oc2_child on ret_oc2 (return_id, child);
create index stg_oc3_child on stg_oc3 (run_id, child);
create index ret_oc3_child on ret_oc3 (return_id, child);
create index stg_ad1_child on stg_ad1 (run_id, child);
create index ret_ad1_child on ret_ad1 (return_id, child);
create index stg_placed_for_adoption_child on stg_placed_for_adoption (run_id, child);
create index ret_placed_for_adoption_child on ret_placed_for_adoption (return_id, child);
create index stg_previous_permanence_child on stg_previous_permanence (run_id, child);
create index ret_previous_permanence_child on ret_previous_permanence (return_id, child);
create index stg_sw_episodes_child on stg_sw_episodes (run_id, child);
create index ret_sw_episodes_child on ret_sw_episodes (return_id, child);
create index stg_dolo_child on stg_dolo (run_id, child);
create index ret_dolo_child on ret_dolo (return_id, child);
