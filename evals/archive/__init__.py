"""An evaluation archive: the real report beside the documents of ten invented partnerships."""
