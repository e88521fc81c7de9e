-- 903 sw_episodes: the child's allocated social workers
select c.child_ref as CHILD, c.dob as DOB, s.worker_ref as SW_ID, s.start_date as SW_DECOM, s.end_date as SW_DEC,
	s.change_reason as SW_REASON
from social_worker_assignments s
join children c on c.id = s.child_id
order by c.child_ref, s.id
