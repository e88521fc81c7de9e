-- 903 oc2: outcomes of children looked after for at least 12 months
select c.child_ref as CHILD, c.dob as DOB, o.sdq_score as SDQ_SCORE, o.sdq_reason as SDQ_REASON,
	o.convicted as CONVICTED, o.health_check as HEALTH_CHECK, o.immunisations as IMMUNISATIONS,
	o.teeth_check as TEETH_CHECK, o.health_assessment as HEALTH_ASSESSMENT, o.substance_misuse as SUBSTANCE_MISUSE,
	o.intervention_received as INTERVENTION_RECEIVED, o.intervention_offered as INTERVENTION_OFFERED
from outcomes o
join children c on c.id = o.child_id
order by c.child_ref, o.id
