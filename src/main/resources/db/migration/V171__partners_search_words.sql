-- The folded words of the name for the search box (docs/search.md, decision 0034): each word preceded by a space, so
-- that a word of the query is found at the start of any word of the name. Written with the name; rows written before
-- this column have it filled by the module when it starts (null until then: the search reads the lower-cased name).
alter table partner_organisation add column search_words varchar(1000);
