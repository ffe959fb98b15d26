-- Contacts staff recorded with a reason that is failure demand (chasing, not understood, wrong place,
-- repeat), per day like the chasers and reopenings (decision 0054). Rows counted before this start at 0;
-- the nightly rebuild counts the contacts already on the cases' timelines.
alter table insight_daily add column contacts integer default 0 not null;
