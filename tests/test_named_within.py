"""A partnership named: its passages are read from every partnership's candidates, down the ranking
past the first k when those hold few of them, and searched for by words among its own documents
when even that finds few (`Retriever.search` with `within`)."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.weights import WITHIN_DEPTH, WITHIN_FEW, WORDS_WITHIN_FEW
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.types import DocumentCues
from tests.pdfs import make_pdf


def test_passages_of_the_documents_asked_about_are_read_past_the_first_k(
    tmp_path: Path, model: Embeddings
) -> None:
    corpus = tmp_path / "corpus"
    for n in range(1, 21):
        line = f"The board funded knife crime workshops in {n} schools, with {n * 100} pupils taking part."
        make_pdf(corpus / f"minutes-{n:02d}.pdf", [[f"Board minutes, meeting {n}", "", line]])
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    retriever = helper.index.state.retriever
    question = "how many schools had knife crime workshops"
    ranked = [p.document for p in retriever.search(question, 20)]
    k = WITHIN_FEW + 1
    assert k < WITHIN_FEW + 2 and WITHIN_DEPTH * k < len(ranked)
    assert WORDS_WITHIN_FEW > 2  # two of theirs are found reading deeper
    below, far = ranked[k + 1], ranked[WITHIN_DEPTH * k + 1]
    # Few of the first k are theirs: read down to WITHIN_DEPTH * k; fewer than WORDS_WITHIN_FEW
    # there, the rest found by words among their documents alone, after those.
    found = retriever.search(question, k, within=frozenset({ranked[0], below, far}))
    assert [p.document for p in found] == [ranked[0], below, far]
    # Enough of the first k are theirs: the first k answer.
    enough = frozenset(ranked[:WITHIN_FEW]) | {below}
    assert [p.document for p in retriever.search(question, k, within=enough)] == ranked[:WITHIN_FEW]
    # One of its documents named: that document's best passages by words follow, even where no
    # search gave it as a candidate.
    retriever.candidates, last = WITHIN_DEPTH * k, ranked[-1]
    assert last not in {p.document for p in retriever.search(question, k, within=enough | {last})}
    found = retriever.search(question, k, cues=DocumentCues(frozenset({last})), within=enough | {last})
    assert last in {p.document for p in found}


def test_a_word_of_the_question_only_its_own_documents_hold_brings_their_passage(
    tmp_path: Path, model: Embeddings
) -> None:
    corpus = tmp_path / "corpus"
    for n in range(1, 13):  # another partnership's: its workshops and its quorum
        line = f"The board funded knife crime workshops in {n} schools. The quorum of the board is {n}."
        make_pdf(corpus / f"other-{n:02d}.pdf", [[f"Other board minutes, meeting {n}", "", line]])
    workshops = []
    for n in range(1, WITHIN_FEW + 2):  # the partnership asked about: its workshops, and no quorum
        line = f"The board funded knife crime workshops for {n * 100} pupils in {n} schools."
        make_pdf(corpus / f"own-{n:02d}.pdf", [[f"Own board minutes, meeting {n}", "", line]])
        workshops.append(f"own-{n:02d}.pdf")
    terms = ["Own terms of reference", "", "Five members of the board make a quorum."]
    make_pdf(corpus / "own-terms.pdf", [terms])
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    retriever = helper.index.state.retriever
    k = retriever.candidates = WITHIN_FEW + 3
    own = frozenset([*workshops, "own-terms.pdf"])
    question = "how many pupils had knife crime workshops in schools, and what is the board's quorum"
    assert "own-terms.pdf" not in {p.document for p in retriever.search(question, WITHIN_DEPTH * k)}
    # Its best passage by words holds "quorum", which none of the first k holds: it comes last.
    found = [p.document for p in retriever.search(question, k, within=own)]
    assert sorted(found[:-1]) == workshops and found[-1] == "own-terms.pdf"
    # Every word of the question held by the first k: they answer.
    plain = "how many pupils had knife crime workshops in schools funded by the board"
    assert sorted(p.document for p in retriever.search(plain, k, within=own)) == workshops
