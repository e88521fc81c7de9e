-- 903 previous_permanence: permanence orders before this period of care
select c.child_ref as CHILD, c.dob as DOB, p.order_type as PREV_PERM, p.order_la as LA_PERM,
	p.order_date as DATE_PERM
from previous_permanence p
join children c on c.id = p.child_id
order by c.child_ref, p.id
