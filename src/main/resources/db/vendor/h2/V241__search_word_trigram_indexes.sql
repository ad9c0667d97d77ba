-- PostgreSQL indexes the search box's word columns by trigrams (see the PostgreSQL twin of this file); H2 has no such
-- index and searches by scanning, which a laptop's or a pilot's few thousand records allow. Nothing to do.
select 1;
