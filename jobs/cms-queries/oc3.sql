-- 903 oc3: care leavers
select c.child_ref as CHILD, c.dob as DOB, l.in_touch as IN_TOUCH, l.activity as ACTIV, l.accommodation as ACCOM
from care_leavers l
join children c on c.id = l.child_id
order by c.child_ref, l.id
