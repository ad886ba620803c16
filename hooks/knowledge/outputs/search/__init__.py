"""The site's own search: language analysis, search documents and a sharded
index that the browser loads piece by piece (see README, "Search")."""
