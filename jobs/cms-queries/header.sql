-- 903 header: one row per child
select c.child_ref as CHILD, c.sex as SEX, c.dob as DOB, c.ethnicity as ETHNIC, c.upn as UPN,
	c.is_mother as MOTHER, c.child_born_date as MC_DOB
from children c
order by c.child_ref
