"""Clinical knowledge as data: units, drug lexicon, dose limits, notations, look-alike pairs."""
