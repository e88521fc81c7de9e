-- 903 missing: one row per episode of being missing (M) or away without authorisation (A)
select c.child_ref as CHILD, c.dob as DOB, m.kind as MISSING, m.start_date as MIS_START, m.end_date as MIS_END
from missing_episodes m
join children c on c.id = m.child_id
order by c.child_ref, m.id
