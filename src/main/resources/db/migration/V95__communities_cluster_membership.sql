-- Who belonged to a cluster when: a row per stay, from the day a community joined (null: it was a member before this
-- history was kept) to the day it left (null: still a member). community_cluster_member stays the current membership.
create table community_cluster_membership (
    id           uuid not null primary key,
    cluster_id   uuid not null references community_cluster (id) on delete cascade,
    community_id uuid not null references community (id),
    joined_on    date,
    left_on      date
);
create index community_cluster_membership_cluster_idx on community_cluster_membership (cluster_id);
insert into community_cluster_membership (id, cluster_id, community_id)
    select community_id, cluster_id, community_id from community_cluster_member;
