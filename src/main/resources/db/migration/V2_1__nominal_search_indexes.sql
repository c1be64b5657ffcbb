-- Search indexes, measured on 50,000 people (bench/search-latency.sh). V2 is already applied in data
-- directories made from main, so these changes come as their own migration.

-- GIN's fast-update pending list is scanned row by row on every search until a vacuum merges it: right
-- after a bulk load a term lookup took 60 ms instead of 1 ms, and a dictionary lookup 15 ms instead of
-- 0.2 ms. Without it writes pay once, at insert; searches stay fast.
alter index nominal_name_terms set (fastupdate = off);
alter index search_term_trgm set (fastupdate = off);
select gin_clean_pending_list('nominal_name_terms'::regclass);
select gin_clean_pending_list('search_term_trgm'::regclass);

-- A ref typed in the search box, in any case.
create index nominal_ref_upper on nominal (upper(ref));
