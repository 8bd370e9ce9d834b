"""The name a people export's row calls a person by: the name they go by where the export gives one.

A preferred name wins over a legal one, as a person is called what they prefer: 'Preferred Full Name' as written;
else a preferred first name ('Preferred Name', BambooHR's; 'Preferred First Name') with the last name; else first and
last name; else the name column, first name first. A preferred first name that is only the last name or the first name
already written is no other name, and is left out. A preferred first name with no last-name column is not read, as
nothing says which part of the name column it replaces. The legal name is kept beside it for a merge, whose file an
import before the preferred column was added wrote under the legal name (importer/merge.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from teamaudit.surnamefirst import first_name_first


@dataclass(frozen=True)
class CalledName:
    name: str  # the name the row calls the person by
    legal: str  # the name it gives without its preferred-name columns: '' when that is `name`


def called_name(first: str, last: str, name: str, preferred_full: str, preferred_first: str) -> CalledName:
    legal = f"{first} {last}" if first and last else first_name_first(name) if name else first or last
    preferred = ""
    if preferred_full:
        preferred = first_name_first(preferred_full)
    elif preferred_first and last and _another(preferred_first, first, last):
        # 'Bob Smith' in a Preferred Name column beside Last Name 'Smith' is a full name already.
        ends_with_last = preferred_first.casefold().split()[-1:] == last.casefold().split()[-1:]
        preferred = preferred_first if ends_with_last else f"{preferred_first} {last}"
    if not preferred or preferred == legal:
        return CalledName(legal or preferred_first, "")
    return CalledName(preferred, legal)


def _another(preferred_first: str, first: str, last: str) -> bool:
    """Whether a preferred first name says a name other than the legal one: a cell holding the last name alone ('Smith'
    beside 'Jordan Smith', copied into the wrong column) made the person 'Smith', and the first name alone in another
    case ('robert') 'robert Smith'."""
    return preferred_first.casefold() not in {first.casefold(), last.casefold()}
