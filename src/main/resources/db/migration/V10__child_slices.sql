-- Steps after ingest read a run's or a return's children a slice at a time (ChildSource), asking for a slice's
-- ids with child in (...): an index that starts with the child lets H2 and MariaDB look each id up rather than
-- scan the run's rows for every slice.
create index stg_header_child on stg_header (child, run_id);
create index ret_header_child on ret_header (child, return_id);
create index stg_episodes_child on stg_episodes (child, run_id);
create index ret_episodes_child on ret_episodes (child, return_id);
create index stg_uasc_child on stg_uasc (child, run_id);
create index ret_uasc_child on ret_uasc (child, return_id);
create index stg_reviews_child on stg_reviews (child, run_id);
create index ret_reviews_child on ret_reviews (child, return_id);
create index stg_missing_child on stg_missing (child, run_id);
create index ret_missing_child on ret_missing (child, return_id);
create index stg_oc2_child on stg_oc2 (child, run_id);
create index ret_oc2_child on ret_oc2 (child, return_id);
create index stg_oc3_child on stg_oc3 (child, run_id);
create index ret_oc3_child on ret_oc3 (child, return_id);
create index stg_ad1_child on stg_ad1 (child, run_id);
create index ret_ad1_child on ret_ad1 (child, return_id);
create index stg_placed_for_adoption_child on stg_placed_for_adoption (child, run_id);
create index ret_placed_for_adoption_child on ret_placed_for_adoption (child, return_id);
create index stg_previous_permanence_child on stg_previous_permanence (child, run_id);
create index ret_previous_permanence_child on ret_previous_permanence (child, return_id);
create index stg_sw_episodes_child on stg_sw_episodes (child, run_id);
create index ret_sw_episodes_child on ret_sw_episodes (child, return_id);
create index stg_dolo_child on stg_dolo (child, run_id);
create index ret_dolo_child on ret_dolo (child, return_id);
