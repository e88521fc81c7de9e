-- 903 episodes: one row per episode of care. DEC is a reserved word in MySQL, hence the backquotes.
select c.child_ref as CHILD, e.start_date as DECOM, e.reason_new as RNE, e.legal_status as LS,
	e.cin_category as CIN, e.placement_type as PLACE, e.placement_provider as PLACE_PROVIDER,
	e.end_date as `DEC`, e.reason_end as REC, e.reason_place_change as REASON_PLACE_CHANGE,
	e.home_postcode as HOME_POST, e.placement_postcode as PL_POST, e.ofsted_urn as URN
from care_episodes e
join children c on c.id = e.child_id
order by c.child_ref, e.id
