"""How much of an export import reads: more than any HRIS or ATS export holds, and little enough that no file,
however it is made, takes gigabytes of memory or minutes to refuse."""

from __future__ import annotations

MAX_BYTES = 200 * 1024 * 1024  # an export as stored; an .xlsx also unzipped, all its parts together
MAX_CELLS = 4_000_000  # rows x columns of the table read: 100,000 people with 40 columns each, 50,000 with 80
MAX_SHARED_TEXTS = 1_000_000  # the distinct texts of an .xlsx, which openpyxl holds in memory before any row is read
MAX_HEADER_NAME = 1000  # characters of a column's name: a long question as a header fits, a pasted document does not
