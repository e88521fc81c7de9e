-- 903 placed_for_adoption: decisions that the child should be placed for adoption
select c.child_ref as CHILD, c.dob as DOB, p.placed_date as DATE_PLACED, p.ceased_date as DATE_PLACED_CEASED,
	p.ceased_reason as REASON_PLACED_CEASED
from adoption_placements p
join children c on c.id = p.child_id
order by c.child_ref, p.id
