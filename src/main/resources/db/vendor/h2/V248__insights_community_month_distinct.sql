-- PostgreSQL only: the planner's estimate of distinct communities in insight_community_month (see the PostgreSQL
-- migration of the same version). H2 has no such setting.
select 1;
