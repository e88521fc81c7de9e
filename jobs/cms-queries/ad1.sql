-- 903 ad1: adoption decisions and matches
select c.child_ref as CHILD, c.dob as DOB, a.interest_date as DATE_INT, a.match_date as DATE_MATCH,
	a.foster_care as FOSTER_CARE, a.adopter_count as NB_ADOPTR, a.adopter_sexes as SEX_ADOPTR,
	a.adopter_legal_status as LS_ADOPTR
from adoption_decisions a
join children c on c.id = a.child_id
order by c.child_ref, a.id
