-- The review date a review answered: a review after that date ends a lapse, so the days between the two are a gap in
-- the agreement's time in force (the insights rebuild reads it; reviews recorded before this column have none).
alter table agreement_review add column due_on date;
