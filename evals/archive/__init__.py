"""An evaluation archive: the real report beside the documents of twelve invented partnerships."""
