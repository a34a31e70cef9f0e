-- Full-text index of the public learning library: one row per published edition (publication id, title, summary,
-- and the whole anonymised text). Rows are inserted at publication and removed on withdrawal.
CREATE VIRTUAL TABLE `library_search` USING fts5(
  `publication_id` UNINDEXED,
  `title`,
  `summary`,
  `body`,
  tokenize = 'unicode61 remove_diacritics 2'
);
