-- The days each community is tied in by an agreement in force (directly or through its cluster), from the agreements
-- events: in force from in_force_from up to the day before in_force_until (null: still in force). A lapse closes the
-- interval at the day after the review date, an end at the day it ended; a lapsed agreement reviewed again opens a
-- new interval. Rebuilt from the agreement tables (one interval per agreement: a lapse later repaired by a review is
-- not kept as a gap).
create table insight_agreement_community (
    agreement_id   uuid not null,
    community_id   uuid not null,
    in_force_from  date not null,
    in_force_until date,
    primary key (agreement_id, community_id, in_force_from)
);
create index insight_agreement_community_idx on insight_agreement_community (community_id);

-- Per partner organisation and unit (the unit of an adoption and each of its ancestors): the first day it was invited
-- in the unit's subtree, and the first day it supported communities there. A unit counts each partner once, from
-- these dates on, however many adoptions of it lie below.
create table insight_partner_unit (
    organisation_id uuid not null,
    unit_id         uuid not null,
    invited_on      date,
    supporting_on   date,
    primary key (organisation_id, unit_id)
);
