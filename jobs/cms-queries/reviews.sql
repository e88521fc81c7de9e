-- 903 reviews: one row per review
select c.child_ref as CHILD, c.dob as DOB, r.review_date as REVIEW, r.participation as REVIEW_CODE
from reviews r
join children c on c.id = r.child_id
order by c.child_ref, r.id
