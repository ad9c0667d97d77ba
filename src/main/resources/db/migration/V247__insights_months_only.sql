-- Decision 0048: insight_unit_period keeps month rows (kind M) and the communities' running totals only where they
-- change (kind T: the sum of the flow up to that month, at each month the flow has a row). Quarters and years are summed
-- from their months when read, and a running total of a month is the last T row up to it.
delete from insight_unit_period where period_kind in ('Q', 'Y');

delete from insight_unit_period where measure in ('COMMUNITIES_REGISTERED_TOTAL', 'COMMUNITIES_EVER_STARTED');

delete from insight_future where measure in ('COMMUNITIES_REGISTERED_TOTAL', 'COMMUNITIES_EVER_STARTED');

insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)
select unit_id, 'T', period_start, 'COMMUNITIES_REGISTERED_TOTAL',
       sum(value) over (partition by unit_id order by period_start)
from insight_unit_period where period_kind = 'M' and measure = 'COMMUNITIES_REGISTERED';

insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)
select unit_id, 'T', period_start, 'COMMUNITIES_EVER_STARTED',
       sum(value) over (partition by unit_id order by period_start)
from insight_unit_period where period_kind = 'M' and measure = 'COMMUNITIES_STARTED';
