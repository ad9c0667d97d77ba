-- A community's facilitators are people of the capacity register assigned to it (V160, decision 0032).
drop table community_facilitator;
