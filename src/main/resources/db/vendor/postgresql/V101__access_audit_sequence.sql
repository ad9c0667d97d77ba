-- Audit lines numbered by a sequence, without a lock (decision 0016); it starts after the lines already written.
create sequence access_audit_seq;
select setval('access_audit_seq', coalesce(max(seq), 0) + 1, false) from access_audit;
alter table access_audit alter column seq set default nextval('access_audit_seq');
-- The lines waiting for the sealer: a small partial index, whatever the size of the trail.
create index access_audit_unsealed_idx on access_audit (seq) where chain_no is null;
