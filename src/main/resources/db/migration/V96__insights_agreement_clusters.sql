-- The cluster parties of each agreement that came into force, and whether it is in force now (from the agreements
-- events): a community joining or leaving such a cluster is tied in or out of the agreement from that day.
create table insight_agreement_cluster (
    agreement_id uuid    not null,
    cluster_id   uuid    not null,
    in_force     boolean not null,
    primary key (agreement_id, cluster_id)
);
create index insight_agreement_cluster_idx on insight_agreement_cluster (cluster_id);
