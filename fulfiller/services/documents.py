"""The documents Fulfiller prints, by the name the command line and the window use, and the paper each takes.

4x6 in is a thermal label: it takes an address label or a CN 22 customs form, never a packing or pick
list, which print on A4 or Letter. That rule is the `papers` of the entries below, and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy.orm import Session

from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, all_of, message, one_of
from fulfiller.domain.progress import Cancel, Progress
from fulfiller.domain.registry import Registry
from fulfiller.logs import log_event
from fulfiller.reports.model import Paper
from fulfiller.services.printing import (
    PrintSelection,
    print_customs,
    print_labels,
    print_packing_lists,
    print_pick_list,
)

SHEETS: tuple[Paper, ...] = ("A4", "Letter")
LABEL: Paper = "4x6"

# (session, campaign_id, selection, path, paper, *, progress, cancel[, native]) -> how many printed
Builder = Callable[..., int]


@dataclass(frozen=True)
class Document:
    name: str
    label: str
    build: Builder
    papers: tuple[Paper, ...]
    default_paper: Paper
    native_choice: bool = False  # the backer's own script can be left out (Latin script only)


DOCUMENTS: Registry[Document] = Registry(
    message("documents.what", "document"),
    (
        Document("packing-lists", "Packing lists", print_packing_lists, SHEETS, "A4"),
        Document("pick-list", "Pick list", print_pick_list, SHEETS, "A4"),
        Document("labels", "Address labels", print_labels, (LABEL, *SHEETS), LABEL, native_choice=True),
        Document("customs", "Customs declarations", print_customs, (*SHEETS, LABEL), "A4"),
    ),
)

# How a sentence names each document ("print packing lists on A4").
_IN_A_SENTENCE = {
    "packing-lists": message("documents.packing_lists", "packing lists"),
    "pick-list": message("documents.pick_list", "pick list"),
    "labels": message("documents.labels", "address labels"),
    "customs": message("documents.customs", "customs declarations"),
}

PAPERS: tuple[Paper, ...] = tuple(dict.fromkeys(paper for d in DOCUMENTS.values() for paper in d.papers))


def documents_on(paper: str) -> tuple[Document, ...]:
    """The documents that print on this paper."""
    return tuple(d for d in DOCUMENTS.values() if paper in d.papers)


def _named(document: Document) -> Message:
    return _IN_A_SENTENCE.get(document.name, Message("", document.label.lower()))


def paper_for(document: Document, paper: str | None) -> Paper:
    """The paper to print the document on: its default when none is asked for; one it does not take is refused."""
    if paper is None:
        return document.default_paper
    if paper not in PAPERS:
        raise UserError(
            message(
                "documents.unknown_paper",
                "Unknown paper size {paper!r}; use one of: {papers}.",
                paper=paper,
                papers=", ".join(PAPERS),
            )
        )
    if paper not in document.papers:
        raise UserError(
            message(
                "documents.wrong_paper",
                "{paper} is for {takers} only; print {document} on {papers}.",
                paper=paper,
                takers=all_of([_named(d) for d in documents_on(paper)]),
                document=_named(document),
                papers=one_of(document.papers),
            )
        )
    return cast(Paper, paper)  # one of the document's papers


def print_document(
    session: Session,
    campaign_id: int,
    document: str,
    selection: PrintSelection,
    path: Path,
    *,
    paper: str | None = None,
    native: bool = True,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Any of the documents by name, as the window and the command line ask for them; returns how many."""
    chosen = DOCUMENTS.named(document)
    on = paper_for(chosen, paper)
    options = {"native": native} if chosen.native_choice else {}
    count = chosen.build(session, campaign_id, selection, path, on, progress=progress, cancel=cancel, **options)
    log_event("print", campaign=campaign_id, document=chosen.name, paper=on, documents=count)
    return count
