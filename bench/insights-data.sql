-- Synthetic insights data for bench/insights.sh (PostgreSQL only): :communities communities spread over the lowest
-- units of the generated country, their phases and meetings, :referrals referrals with four transitions each (sent,
-- acknowledged, accepted, then provided or closed), scale-up events. Set-based (generate_series), seeded by position.
\set ON_ERROR_STOP on
create temp table bench_village as
    select id, path, (row_number() over (order by pcode) - 1)::int as n
    from geo_unit where depth = (select max(depth) from geo_unit);
select count(*) as villages from bench_village \gset

create temp table bench_community as
    select gen_random_uuid() as id, g as n, v.id as unit_id, v.path,
           date '2023-01-01' + (g * 7919 % 1300) as created
    from generate_series(0, :communities - 1) g join bench_village v on v.n = g % :villages;

insert into community (id, name, search_name, unit_id, unit_path, origin, current_phase, phase_since, created_by,
                       created_at, updated_at)
select id, 'Bench community ' || n, 'bench community ' || n, unit_id, path,
       case when n % 10 = 0 then 'NEIGHBOUR_REQUEST' else 'AGENCY_INITIATED' end, 'ENTRY', created, 'bench',
       created::timestamptz, created::timestamptz
from bench_community;

insert into community_phase (id, community_id, seq, phase, entered_on, recorded_by, recorded_at)
select gen_random_uuid(), c.id, p.seq, p.phase, c.created + p.days, 'bench', now()
from bench_community c
join (values (1, 'ENTRY', 5, 100), (2, 'LEARNING', 30, 90), (3, 'HARM_SELECTION', 120, 60),
             (4, 'ACTION', 200, 50), (5, 'PHASE_OUT', 400, 15)) p (seq, phase, days, share)
  on c.n % 100 < p.share;

insert into community_meeting (id, community_id, meeting_type, held_on, girls, boys, women, men, facilitation,
                               created_by, created_at)
select gen_random_uuid(), c.id, 'COMMUNITY_MEETING', c.created + d, c.n % 7, c.n % 5, c.n % 11, c.n % 9, 'EXTERNAL',
       'bench', now()
from bench_community c cross join (values (40), (210), (500)) m (d);

create temp table bench_referral as
    select gen_random_uuid() as id, g as n, c.id as community_id, c.unit_id, c.path,
           (array['EMERGENCY', 'URGENT', 'NORMAL'])[g % 3 + 1] as priority,
           timestamptz '2025-01-01 00:00:00+00' + (g * 7907 % 640) * interval '1 day'
               + (g % 86400) * interval '1 second' as sent_at
    from generate_series(0, :referrals - 1) g join bench_community c on c.n = g % :communities;

insert into referral (id, reference, community_id, unit_id, unit_path, category, priority, status, source, created_by,
                      created_at, sent_at, updated_at)
select id, 'B' || n, community_id, unit_id, path, 'SOCIAL_WELFARE', priority,
       case when n % 2 = 0 then 'SERVICE_PROVIDED' else 'CLOSED' end, 'WEB', 'bench', sent_at, sent_at, sent_at
from bench_referral;

insert into referral_transition (id, referral_id, action, from_status, to_status, actor, via, at)
select gen_random_uuid(), r.id, t.action, t.from_status,
       case when t.step = 4 and r.n % 2 = 1 then 'CLOSED' else t.to_status end, 'bench', 'ACCOUNT',
       r.sent_at + (t.hours + case when t.step = 2 then (r.n % 7) * 12 when t.step = 4 then (r.n % 50) * 24 else 0 end)
           * interval '1 hour'
from bench_referral r
cross join (values (1, 'SEND', 'DRAFT', 'SENT', 0), (2, 'ACKNOWLEDGE', 'SENT', 'ACKNOWLEDGED', 1),
                   (3, 'ACCEPT', 'ACKNOWLEDGED', 'ACCEPTED', 90), (4, 'PROVIDE', 'ACCEPTED', 'SERVICE_PROVIDED', 100))
    t (step, action, from_status, to_status, hours);

insert into scaleup_event (id, kind, unit_id, unit_path, level, occurred_on, description, recorded_by, recorded_at)
select gen_random_uuid(), (array['HORIZONTAL', 'VERTICAL', 'DIVERSIFICATION', 'SPONTANEOUS'])[g % 4 + 1], u.id, u.path,
       u.depth, date '2024-01-01' + g % 1000, 'Bench event', 'bench', now()
from generate_series(0, 9999) g
join (select id, path, depth, (row_number() over (order by pcode) - 1)::int as n from geo_unit where depth <= 3) u
  on u.n = g % 7231;

vacuum analyze community;
vacuum analyze community_phase;
vacuum analyze community_meeting;
vacuum analyze referral;
vacuum analyze referral_transition;
