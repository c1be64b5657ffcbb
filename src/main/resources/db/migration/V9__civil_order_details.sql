-- What the application records of a civil order beyond MCIF/1 (NominalRecord.OrderDetails): its prohibitions, the
-- end and countries of an SHPO's foreign travel prohibition, and its variations, renewals and discharge. Null for
-- an order imported from MCIF/1 (the format has no place for it; an export leaves it out). civil_order already has
-- row-level security (V5): a new column is covered by the same policies.
alter table civil_order add column details jsonb;
