-- The search box (docs/search.md, decision 0034) asks each module's table for names with a word starting with each
-- word of the query: coalesce(search_words, ' ' || <folded name>) like '% word%'. A btree index cannot serve a pattern
-- that starts with '%'; a trigram index (pg_trgm, shipped with PostgreSQL and trusted since version 13, so the
-- database's owner may create it) can, when it is built on the very expression the search compares, as here. Each
-- index is on its owner's table; the expressions are those of CommunitySearch, OrganisationSearch,
-- ServicePointSearchRecords, TrainingSearch and AgreementTitleSearch, and change with them. H2 has no such index and
-- searches by scanning (its twin of this file does nothing).
-- The extension is used where it is installed already, or installed in schema public, and its operator class named
-- with its schema: a schema migrated beside another (a second deployment, a test's own schema) finds it whatever its
-- search_path, and dropping such a schema never takes the extension, nor the indexes of others, with it.
do $$
declare
    trgm text;
begin
    select n.nspname into trgm
        from pg_extension e join pg_namespace n on n.oid = e.extnamespace
        where e.extname = 'pg_trgm';
    if trgm is null then
        create extension pg_trgm schema public;
        trgm := 'public';
    end if;
    execute format('create index community_search_words_trgm_idx on community'
        || ' using gin ((coalesce(search_words, '' '' || search_name)) %I.gin_trgm_ops)', trgm);
    execute format('create index partner_organisation_search_words_trgm_idx on partner_organisation'
        || ' using gin ((coalesce(search_words, '' '' || search_name)) %I.gin_trgm_ops)', trgm);
    execute format('create index referral_service_point_search_words_trgm_idx on referral_service_point'
        || ' using gin ((coalesce(search_words, '' '' || search_name)) %I.gin_trgm_ops)', trgm);
    execute format('create index capacity_training_search_words_trgm_idx on capacity_training'
        || ' using gin ((coalesce(search_words, '' '' || lower(title))) %I.gin_trgm_ops)', trgm);
    execute format('create index agreement_search_words_trgm_idx on agreement'
        || ' using gin ((coalesce(search_words, '' '' || lower(title))) %I.gin_trgm_ops)', trgm);
end
$$;
