"""An evaluation archive: the real report beside the documents of two invented partnerships."""
