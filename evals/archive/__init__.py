"""An evaluation archive: the real report beside the documents of thirteen invented partnerships."""
