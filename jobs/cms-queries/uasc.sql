-- 903 uasc: children who are or were unaccompanied asylum-seeking children
select c.child_ref as CHILD, c.sex as SEX, c.dob as DOB, u.ceased_date as DUC
from uasc_status u
join children c on c.id = u.child_id
order by c.child_ref, u.id
