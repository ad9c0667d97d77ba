-- A rebuild's district step deletes the facts of about a thousand communities before recomputing them. When the table
-- was analysed small (a first rebuild, or one after emptying the facts) and has grown since, the planner took a
-- thousand communities for most of the table and scanned all of it, once per district (4 s a step at the national
-- scale). A community has tens of month rows (months × measures), so the number of distinct communities is set as a
-- share of the rows, which holds at any size: the deletes go through the primary key.
alter table insight_community_month alter column community_id set (n_distinct = -0.02);
