-- Audit lines numbered by a sequence, without a lock (decision 0016); it starts after the lines already written.
create sequence access_audit_seq;
alter sequence access_audit_seq restart with (select coalesce(max(seq), 0) + 1 from access_audit);
alter table access_audit alter column seq set default next value for access_audit_seq;
-- The lines waiting for the sealer (chain_no null) are found by this index.
create index access_audit_unsealed_idx on access_audit (chain_no, seq);
