-- The figures of GET /api/v1/insights/{pcode}?period=2026-Q3 for one unit's children, computed the plain way: GROUP
-- BY over the raw tables of the unit's subtree. psql variables: prefix (the unit's path), child (the offset of the
-- child's id in a path: 2 + 37 * (depth + 1)).
\set ON_ERROR_STOP on
\timing on
-- referrals sent in the quarter, by child and priority, with consent, answered on time, completed within 30 days,
-- closed: one pass over the referrals of the subtree and their transitions
select substring(r.unit_path, :child, 36) as child, r.priority, count(distinct r.id) as sent,
       count(distinct r.id) filter (where r.consent_override_reason is null) as consented,
       count(distinct t.referral_id) filter (where t.to_status in ('ACKNOWLEDGED', 'ACCEPTED', 'DECLINED')
           and t.at <= r.sent_at + case r.priority when 'EMERGENCY' then interval '24 hours'
                                                    when 'URGENT' then interval '72 hours' else interval '14 days' end)
           as on_time,
       count(distinct t.referral_id) filter (where t.to_status = 'SERVICE_PROVIDED'
           and t.at <= r.sent_at + interval '30 days') as completed,
       count(distinct t.referral_id) filter (where t.to_status = 'CLOSED') as closed
from referral r left join referral_transition t on t.referral_id = r.id
where r.unit_path like :'prefix' || '%' and r.sent_at >= '2026-07-01' and r.sent_at < '2026-10-01'
group by 1, 2;
-- meetings and participants in the quarter
select substring(c.unit_path, :child, 36) as child, count(*) as meetings, sum(m.girls + m.boys + m.women + m.men),
       sum(m.girls + m.women)
from community_meeting m join community c on c.id = m.community_id
where c.unit_path like :'prefix' || '%' and m.held_on >= '2026-07-01' and m.held_on < '2026-10-01'
group by 1;
-- communities active at the quarter's end (a meeting or action-phase change in the 90 days before 30 September)
select substring(c.unit_path, :child, 36) as child, count(distinct c.id) as active
from community c
where c.unit_path like :'prefix' || '%'
  and (exists (select 1 from community_meeting m where m.community_id = c.id
               and m.held_on between date '2026-09-30' - 90 and date '2026-09-30')
       or exists (select 1 from community_phase p where p.community_id = c.id and p.phase in ('ACTION', 'REFLECTION')
               and p.entered_on between date '2026-09-30' - 90 and date '2026-09-30'))
group by 1;
-- registered and started so far, by child
select substring(c.unit_path, :child, 36) as child, count(*) as registered,
       count(*) filter (where exists (select 1 from community_phase p where p.community_id = c.id
                        and p.phase <> 'ENTRY' and p.entered_on < '2026-10-01')) as started
from community c where c.unit_path like :'prefix' || '%' and c.created_at < '2026-10-01' group by 1;
