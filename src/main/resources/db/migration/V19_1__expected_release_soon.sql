-- The work list's "prisoners nearing release" starts from the releases expected soon (few), not from every
-- custody span of the area: the row-level security check then runs for those rows only.
create index expected_release_soon on expected_release (expected_on);
