-- The rebuild recomputes the facts one district of communities at a time: their referrals are found by community.
create index referral_community_idx on referral (community_id);
