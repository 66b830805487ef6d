"""Watched feeds (issue 17): RSS/Atom and news-search feeds whose new entries are
imported into the Inbox on their own. parse.py reads a feed, check.py checks one feed
(conditional GET, claims, fetch and import), watch.py decides which feeds are due and
sweeps them, opml.py reads and writes feed lists. No Qt here."""
