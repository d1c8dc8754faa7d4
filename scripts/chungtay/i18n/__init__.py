"""Translation catalogs (gettext PO, through Babel): one message per piece of directive text."""
