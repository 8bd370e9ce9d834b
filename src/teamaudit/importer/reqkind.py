"""Whether a `--reqs` export lists jobs or candidates, told by its columns, where a column named plain 'Name' could
name either: a job in a jobs export (Greenhouse's job `name`, many ATS's 'Jobs' report), a candidate in an offers
export. Read as a candidate, each open job of a jobs export was an offer not accepted yet, left out of the plan, and
one with no other title column was refused for having none."""

from __future__ import annotations

from teamaudit.errors import clipped
from teamaudit.render.escape import text as shown

# Words of a column's name that say the rows are candidates (compared as columns.canonical writes them): each of one
# candidate ('Candidate', 'Applicant ID', 'Offer Status'). A count of them ('Active Candidates', 'Candidate Count',
# 'Offers'), as a jobs report gives beside each job, says the rows are jobs: read as offers, each was refused.
_CANDIDATE_WORDS = ("candidate", "applicant", "offer")
_COUNT_WORDS = frozenset({"count", "total", "active"})
# Columns only a jobs or requisitions export has: how many openings, and a job's or opening's own status.
_JOB_COLUMNS = frozenset(
    {
        "openings",
        "number of openings",
        "open positions",
        "headcount",
        "job status",
        "opening status",
        "requisition status",
        "posting state",
        "opening id",
    }
)


def read_as(header: tuple[str, ...], names: list[str], columns: dict[str, int]) -> tuple[dict[str, int], str]:
    """The columns of a requisition export whose name column is plain 'Name' (`names`: the header's names as
    columns.canonical writes them), read as a job's title, or left unread beside another title column, when its
    columns say jobs; and a note saying which it was taken for. `columns` unchanged, with no note, for any other."""
    if "name" not in columns or names[columns["name"]] != "name":
        return columns, ""
    candidates = [i for i, name in enumerate(names) if _of_a_candidate(name)]
    jobs = [i for i, name in enumerate(names) if name in _JOB_COLUMNS]
    column = _quoted(header[columns["name"]])
    if candidates or not (jobs or "title" not in columns):
        why = f"its {_quoted(header[candidates[0]])} column says so" if candidates else "no column says jobs"
        return columns, f"read as candidates' offers, {column} naming the candidate ({why})"
    jobs_read = dict(columns)
    index = jobs_read.pop("name")
    why = f"its {_quoted(header[jobs[0]])} column says so" if jobs else "it has no other title column"
    if "title" not in jobs_read:
        jobs_read["title"] = index
        return jobs_read, f"read as a jobs export, {column} naming the job ({why}, and none names a candidate)"
    return jobs_read, f"read as a jobs export, {column} naming the job, not read ({why}, and none names a candidate)"


def _of_a_candidate(name: str) -> bool:
    """Whether a column (its name as columns.canonical writes it) holds something of one candidate, not a count."""
    words = name.split()
    return any(word in words for word in _CANDIDATE_WORDS) and not _COUNT_WORDS & set(words)


def _quoted(name: str) -> str:
    return f"'{shown(clipped(name))}'"
