"""An evaluation archive: the real report beside the documents of eleven invented partnerships."""
