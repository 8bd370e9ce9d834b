"""The parts of a person's name that name them on their own, for --redact (mentions.py finds them in free text).

In a script that puts spaces between words, a name is its given names and its surname (the last word), once the
courtesy titles before it (`Dr.`, `Prof.`) and the credentials and generations after it (`, RN`, `PhD`, `Jr.`)
are set aside: `Aisha Bello, RN` is found alone as `Aisha` and `Bello`, not `RN`. A word in lower case is a particle
(`van`, `de`, `bin`), not a given name.

In a script written without spaces (Chinese, Japanese, Thai) and in Hangul, the parts are the words of a name
written with spaces (`田中 太郎`, `สมชาย ใจดี`, `김 철수`); a name written as one word is its family name and its
given name, divided where the file's own spellings say, else by its scripts and length (close_parts). A part of one
character is also an ordinary word (王 is "king"), so mentions.py finds it only beside an honorific or standing alone
(`CLOSE`, `HONORIFICS_AFTER`, `HONORIFICS_BEFORE`).
"""

from __future__ import annotations

import re
import unicodedata

from teamaudit.surnamefirst import PARTICLES as SURNAME_PARTICLES
from teamaudit.surnamefirst import SUFFIXES
from teamaudit.titlewords import TITLE_WORDS

# Scripts that write words without spaces between them, and Hangul, which joins particles and honorifics to a name.
CLOSE = (
    "\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u3005\u3040-\u30ff\u3131-\u318e\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
)
_ALL_CLOSE = re.compile(f"[{CLOSE}]+")
_HAN_OR_HANGUL = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3\U00020000-\U0003134f]{2,4}")
_HAN = re.compile("[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_HAN_THEN_KANA = re.compile(f"({_HAN.pattern})([\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]+)")
# Said after a family name (Japanese, Chinese, Korean) or before it (Thai คุณ; Chinese 老 and 小, as in 老王).
HONORIFICS_AFTER = (
    "さん", "さま", "様", "氏", "先生", "君", "くん", "ちゃん", "殿", "博士", "教授",
    "老师", "老師", "女士", "小姐", "医生", "醫生", "总", "總",
    "님", "씨", "선생님", "교수", "박사",
)  # fmt: skip
HONORIFICS_BEFORE = ("คุณ", "老", "小")
COURTESY_TITLES = frozenset(
    {
        "dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "miss", "sir", "dame",
        "rev", "rev.", "fr", "fr.",
    }
)  # fmt: skip
# Credentials, degrees and generations after a name (`, RN`, `PhD`, `Jr.`), compared without dots: no part of it.
CREDENTIALS_AFTER = SUFFIXES | {"do", "pa", "ms"}

# The particles of a name (`van`, `de`, `bin`, `Ní`): by them a name written all in lower case is read as one with
# capitals, and a name's surname begins at the first of them after its given name (`van der Berg`, `De Luca`).
PARTICLES = SURNAME_PARTICLES | {"bint", "dela", "delos", "do", "e", "nic", "ni", "ní", "ua", "y", "zu", "ó"}


def spaced_parts(words: list[str]) -> tuple[list[str], str]:
    """A name's given names and its surname (`words` as the name is written, split at spaces); a one-word name is
    its own surname. Courtesy titles and credentials are not parts. The surname is the last word with the particles
    before it (`Pieter van der Berg`: `van der Berg`; `Giulia De Luca`: `De Luca`, whose `De` is no given name), and
    right after a courtesy title, which is said before a surname, a particle begins it (`Dr. De Luca`)."""
    addressed = 1  # the first word a particle may be: a given name's (`Van Morrison`) unless a courtesy title is before
    while len(words) > 1 and words[0].casefold().rstrip(",") in COURTESY_TITLES:
        words, addressed = words[1:], 0
    while len(words) > 1 and words[-1].casefold().rstrip(",").replace(".", "") in CREDENTIALS_AFTER:
        words = words[:-1]
    starts = next((i for i in range(addressed, len(words) - 1) if words[i].casefold() in PARTICLES), len(words) - 1)
    surname = " ".join(words[starts:])
    if all(w.islower() for w in words):  # a name written in lower case: its particles are told by the list
        return [w for w in words[:starts] if w not in PARTICLES], surname
    return [w for w in words[:starts] if not w[0].islower()], surname


def family_names(names: list[list[str]]) -> frozenset[str]:
    """The family names a team file spells apart in a script without spaces (`田中` of `田中 太郎`), which tell
    where another name of the file written as one word (`田中優`) divides."""
    return frozenset(words[0] for words in names if len(words) > 1 and all(_ALL_CLOSE.fullmatch(w) for w in words))


def close_parts(words: list[str], families: frozenset[str] = frozenset()) -> list[str]:
    """The parts of a name written in a script without spaces, or in Hangul (see the module's docstring); none when
    the name holds letters of another script. A name written as one word divides after the longest family name of
    `families` it begins with, else between its Han and its kana (`佐藤ゆき`), else by its length: a Chinese or
    Korean name of four is two and two, of two or three one and the rest; a Han name of three may be Japanese, two
    and one (`田中優`) as often as one and two (`森太郎`), so it has the parts of both; one of five or more is most
    often Japanese, a family name of two to five and a given name of two or more (`佐々木健太`, `勘解由小路健太郎`),
    so it has the parts of each such reading; a Thai or Lao one has those of each place it may divide
    (_syllable_cuts)."""
    if not all(_ALL_CLOSE.fullmatch(w) for w in words):
        return []
    if len(words) > 1:
        return words
    (word,) = words
    family = max((f for f in families if word.startswith(f) and len(f) < len(word)), key=len, default="")
    if family:
        return [family, word[len(family) :]]
    if kana := _HAN_THEN_KANA.fullmatch(word):
        return [kana.group(1), kana.group(2)]
    if len(word) >= 5 and _HAN.fullmatch(word):  # `長谷川健太郎`, `勘解由小路健太郎`: a Japanese name, mostly
        return [part for cut in range(2, min(6, len(word) - 1)) for part in (word[:cut], word[cut:])]
    if len(word) <= _LONGEST_THAI and _THAI_OR_LAO.fullmatch(word):  # `สมชายใจดี`: no space between its names
        return [part for cut in _syllable_cuts(word) for part in (word[:cut], word[cut:])]
    if not _HAN_OR_HANGUL.fullmatch(word):
        return []
    if len(word) == 3 and _HAN.fullmatch(word):
        return [word[:1], word[1:], word[:2], word[2:]]
    family_length = 2 if len(word) == 4 else 1
    return [word[:family_length], word[family_length:]]


_THAI_OR_LAO = re.compile("[\u0e00-\u0eff]+")
_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")  # written first
_TRAILING_VOWELS = frozenset("\u0e30\u0e32\u0e33\u0e45\u0eb0\u0eb2\u0eb3")  # spacing, but of the letter before
_FEWEST_LETTERS = 3  # of each side of a Thai or Lao name cut in two
# Characters of a Thai or Lao name written as one word that is cut into parts: a given name and a surname are some
# 5 to 20 each; a longer one is found whole, so that a 200-character name does not make 200 parts of 100.
_LONGEST_THAI = 40


def _syllable_cuts(word: str) -> list[int]:
    """Where a Thai or Lao name written as one word may divide into a given name and a surname: not inside a letter's
    marks or vowels, each side of at least _FEWEST_LETTERS letters."""
    letters = [i for i, c in enumerate(word) if unicodedata.category(c) != "Mn" and c not in _TRAILING_VOWELS]
    inside = letters[_FEWEST_LETTERS : len(letters) - _FEWEST_LETTERS + 1]  # each side keeping enough letters
    return [i for i in inside if word[i - 1] not in _LEADING_VOWELS]


# Given names that are also English words a title or an organization may begin a term with ("Will Rotation", "Grace
# Period", "May Release"): such a name alone is kept where one of GIVEN_NAME_HEADS follows it (mentions.py).
NAMES_THAT_ARE_WORDS = frozenset(
    {
        "Amber", "April", "Art", "August", "Autumn", "Bill", "Bin", "Blossom", "Bob", "Brook", "Buck", "Bud", "Candy",
        "Carol", "Chance", "Charity", "Chase", "Cherry", "Crystal", "Daisy", "Dale", "Dash", "Dawn", "Dean", "Deep",
        "Dell", "Destiny", "Dev", "Don", "Dot", "Dusty", "Edit", "Faith", "Fern", "Frank", "Gale", "Gene", "Ginger",
        "Glen", "Grace", "Grit", "Guy", "Hale", "Harmony", "Harry", "Hazel", "Heath", "Heather", "Holly", "Honor",
        "Hope", "Hunter", "Iris", "Ivy", "Jack", "Jade", "Jasmine", "Jay", "Jewel", "Jimmy", "Joy", "June", "Justice",
        "Kit", "Lance", "Lily", "Mark", "Max", "May", "Mercy", "Miles", "Min", "Misty", "Nick", "Olive", "Page",
        "Pat", "Patience", "Pearl", "Peer", "Penny", "Peter", "Pierce", "Ping", "Price", "Rain", "Randy", "Ray",
        "Reed", "Rich", "River", "Rob", "Robin", "Rose", "Ruby", "Rusty", "Sage", "Sandy", "Server", "Skip", "Sky",
        "Sonny", "Spring", "Star", "Sterling", "Stone", "Storm", "Sue", "Summer", "Sunny", "Terry", "Till", "Trinity",
        "Victor", "Violet", "Wade", "Will", "Win", "Winter", "Wren",
    }
)  # fmt: skip
# Those of them that are first of all words of this domain's titles and skills (benchmarks/data: `Deep learning`, `Dev
# tools`, `15 min`, `Peer review`, `Server admin`, `Edit access`): such a name alone is kept where any word follows it.
NAMES_THAT_ARE_TITLE_WORDS = frozenset({"Bin", "Deep", "Dev", "Edit", "Grit", "Min", "Peer", "Ping", "Server", "Till"})
# Korea's most common family names romanized (Statistics Korea's census of 2015, each spelling in use), which a name
# written family name first begins with (`Park Ji-Hoon`): its handles put the given name first (mentions.py)
KOREAN_FAMILY_NAMES = frozenset(
    {
        "Ahn", "An", "Bae", "Baek", "Bang", "Chae", "Cha", "Cho", "Choi", "Chun", "Go", "Gong", "Ha", "Han", "Heo",
        "Hong", "Hwang", "Im", "Jang", "Jeon", "Jeong", "Jin", "Jo", "Joo", "Jung", "Kang", "Kim", "Ko", "Kwak",
        "Kwon", "Lee", "Lim", "Min", "Moon", "Na", "Nam", "Noh", "Oh", "Park", "Ryu", "Seo", "Shin", "Son", "Song",
        "Sung", "Won", "Woo", "Yang", "Yoo", "Yoon", "Yu", "Yun",
    }
)  # fmt: skip
# A syllable of a Korean given name romanized (`ji`, `hoon`, `yeon`, `jun`): a few consonants, vowels, an ending.
_KOREAN_SYLLABLE = re.compile("[bcdghjkmnprstwy]{0,3}[aeiouwy]{1,3}(?:ng|[bgklmnpt])?", re.IGNORECASE)


def korean_given_name(given: list[str], surname: str) -> bool:
    """Whether a name is Korean romanized family name first, its given name's two syllables hyphened (`Park Ji-hoon`,
    `Min Seo-jun`, `Kim Min-Jung`): the second syllable in lower case, or both Korean syllables after a Korean family
    name (not Kim Smith-Jones's). Such a given name is one name, its syllables none alone (`Seo` of `Seo-yeon`)."""
    syllables = surname.split("-")
    if len(given) != 1 or len(syllables) != 2 or not all(syllables):
        return False
    return syllables[1][:1].islower() or (
        given[0].capitalize() in KOREAN_FAMILY_NAMES and all(_KOREAN_SYLLABLE.fullmatch(s) for s in syllables)
    )


def korean_syllables(name: str) -> bool:
    """Whether a hyphened given name is two Korean syllables, the second in lower case (`Seo-yeon` of a Seo-yeon
    Lee): one name, its syllables none alone."""
    syllables = name.split("-")
    return len(syllables) == 2 and syllables[1][:1].islower() and all(_KOREAN_SYLLABLE.fullmatch(s) for s in syllables)


# A Slavic surname changes with its bearer's sex and its place in a sentence: Petrov is Petrova's husband, and `the
# Petrova team`, `ask Petrovu`, `with Kowalskim`, `Nováková` (a Novák's wife, in Czech) name a Petrov, a Kowalski, a
# Novák (each was shown). A stem and the endings it takes, in the folded letters names are compared in: Russian and
# Bulgarian -ov, -ev, -in (-ova, -eva, -ina), adjectival -ski, -sky, -cki, -dzki, -ny (-ska, -skaya, -cka, -na) of
# Polish, Czech and Russian, and Polish and Czech -ak, -ek, -ik (Nowak, Novák: their cases and -ová).
_SLAVIC = (
    (re.compile(r"([^\W\d_]{2,}(?:ov|ev|[iy]n))(?:a|aya)?", re.IGNORECASE),
     ("", "a", "u", "e", "y", "ym", "im", "om", "oy", "oi", "oj", "ykh", "ikh")),
    (re.compile(r"([^\W\d_]{2,}(?:sk|ck|dzk|tsk|[^aeiouy]n))(?:i|y|iy|ii|ij|a|aya)", re.IGNORECASE),
     ("i", "y", "iy", "a", "aya", "iego", "ego", "iemu", "emu", "im", "ym", "ich", "ych", "iej", "oy", "oj", "ogo",
      "omu", "ou", "e", "eho")),
    (re.compile(r"([^\W\d_]{2,}[aeiouy]k)(?:ova|ove|ovou)?", re.IGNORECASE),
     ("", "a", "u", "owi", "ovi", "iem", "em", "ow", "ova", "ove", "ovou")),
)  # fmt: skip


def slavic_forms(surname: str) -> set[str]:
    """The other forms of a Slavic surname (`Petrova`, `Petrovu`, `Petrovym` of Petrov, `Kowalska`, `Kowalskiego` of
    Kowalski, `Nováková`, `Nowakowi` of Novák and Nowak), its own left out; none for any other surname."""
    forms: set[str] = set()
    for pattern, endings in _SLAVIC:
        stem = pattern.fullmatch(surname)
        if stem:
            lower = surname[1:].islower()
            forms |= {stem[1] + (ending if lower else ending.upper()) for ending in endings}
    return forms - {surname}


# Names whose capitals spell an acronym of this domain (`ADA`, `EMA`, `SAM`, `BERT`, `OSHA`): in capitals such a name
# is found only in a text written all in capitals (`REPORTS TO ADA OBI`), not among other words (`HIPAA, ADA`).
NAMES_THAT_ARE_ACRONYMS = frozenset(
    {
        "Abha", "Ada", "Ama", "Ami", "Ana", "Asa", "Bert", "Cam", "Carin", "Chi", "Ema", "Lan", "Mar", "Nia", "Osha",
        "Sam", "Tia", "Vera",
    }
)  # fmt: skip
# Places and hospitals whose names hold a common given name or surname (`Minh` of Ho Chi Minh City, `Cruz` of Santa
# Cruz, `Hopkins` of Johns Hopkins, `Anderson` of MD Anderson): written so, the word is the place's, not a person's
# alone (mentions.py); a whole name (`Jose Santos`) is still found there.
PLACES_WITH_NAMES = (
    "Ho Chi Minh", "Santa Cruz", "Santa Clara", "Santa Maria", "Santa Monica", "Santa Barbara", "Santa Fe",
    "Santa Rosa", "Santa Ana", "San Jose", "San Antonio", "San Diego", "San Francisco", "San Juan", "San Pablo",
    "San Fernando", "San Miguel", "San Pedro", "San Rafael", "San Carlos", "San Luis", "Santo Domingo", "Santo Tomas",
    "Sao Paulo", "Sao Jose", "St Louis", "St. Louis", "St Paul", "St. Paul", "St Luke", "St. Luke", "St Jude",
    "St. Jude", "St Vincent", "St. Vincent", "Los Angeles", "Las Vegas", "Fort Worth", "Fort Lauderdale",
    "Port Elizabeth", "Johns Hopkins", "MD Anderson", "Mount Sinai", "Cedars-Sinai", "Sloan Kettering",
    "Kaiser Permanente", "Mass General", "Brigham and Women", "Cleveland Clinic", "Mayo Clinic", "Hong Kong",
    "Kuala Lumpur", "Addis Ababa", "Bahir Dar", "Abu Dhabi", "Tel Aviv", "Rio de Janeiro", "Buenos Aires",
    "Quezon City", "Cebu City", "Davao City", "Makati City", "Da Nang", "Hai Phong", "Can Tho", "Silver Spring",
)  # fmt: skip
# What a surname that is a word or a place begins a term before (`Houston Methodist`, `Park Avenue`, `Long Beach`,
# `Stone Age`, `Foster Care`, `Stark Law`), casefolded: a street, a place, an institution, an era, a law. Before any
# other word the surname is the person's (`Houston Review Board said no`, `Ask Houston Tomorrow`, `Houston Sagt nein`
# were shown beside a Sam Houston when any capitalised word that names no one began a term): a name shown costs more
# than a word hidden.
TERM_HEADS = frozenset(
    {
        "academy", "act", "africa", "age", "airport", "america", "asia", "avenue", "bay", "beach", "boulevard",
        "bridge", "brush", "campus", "care", "center", "centre", "city", "clinic", "clinics", "coast", "college",
        "county", "creek", "district", "drive", "era", "europe", "falls", "foundation", "garden", "gardens", "general",
        "harbor", "harbour", "health", "healthcare", "heights", "hills", "hospital", "hospitals", "institute", "island",
        "islands", "lake", "lane", "language", "languages", "law", "medical", "memorial", "methodist", "museum", "park",
        "plaza", "river", "road", "school", "square", "station", "street", "syndrome", "tower", "town", "university",
        "valley", "village",
    }
)  # fmt: skip
# What a given name that is a word begins a term before, casefolded: what a surname does (`Grace Hospital`, `Mercy
# Health`), and a time, a programme or a product such names begin (`Grace Period`, `May Release`, `Will Rotation`,
# `Summer Associate`, `Spring Boot`, `Crystal Reports`, `Ivy League`: the docs' examples, and the terms of
# benchmarks/data's titles and skills that begin with a name of NAMES_THAT_ARE_WORDS). Before any other word the name
# is the person's: `Ask Will Tomorrow`, `Grace Sagt nein`, `Escalate To Grace Today` were shown beside a Will and a
# Grace.
GIVEN_NAME_HEADS = TERM_HEADS | frozenset(
    {
        "associate", "associates", "boot", "break", "camp", "choir", "cohort", "day", "holiday", "intake", "intern",
        "interns", "internship", "launch", "league", "period", "ratings", "release", "reports", "rollout", "rotation",
        "session", "sports", "term", "transparency",
    }
)  # fmt: skip
# Words an open requisition's name is made of besides its title's (`Open req - ML Engineer`, `TBH: Backfill`): no
# part of a person's name, casefolded.
REQUISITION_WORDS = frozenset(
    {"accepted", "approved", "backfill", "budgeted", "candidate", "contract", "future", "hc", "headcount", "hire",
     "hiring", "new", "offer", "offered", "open", "opening", "pending", "planned", "position", "replacement", "req",
     "requisition", "role", "signed", "tbc", "tbd", "tbh", "vacancy", "vacant"}
)  # fmt: skip
# What a person does in a reason, a title or an organization (`Deep covers on-call`, `ADA signed off`, `EMA will
# review`): after a name that is also a word of titles or an acronym, such a word says the name is the person's.
VERBS_AFTER_A_NAME = frozenset(
    {
        "accepted", "accepts", "agree", "agreed", "agrees", "approve", "approved", "approves", "are", "asked", "asks",
        "can", "confirm", "confirmed", "confirms", "could", "covered", "covers", "decide", "decided", "decides",
        "declined", "did", "does", "had", "handled", "handles", "has", "is", "joined", "joins", "knows", "leads",
        "leaves", "led", "left", "managed", "manages", "may", "must", "needs", "owned", "owns", "plans", "reported",
        "reports", "reviewed", "reviews", "runs", "said", "say", "says", "shall", "should", "signed", "signs",
        "takes", "thinks", "took", "wants", "was", "were", "will", "would", "writes", "wrote",
    }
)  # fmt: skip
# Words of two letters a name may be (An, Do, He, In, No, So are Vietnamese, Chinese and Korean names): written
# with a capital, they begin sentences, so a name of two letters that is one of them is never found alone.
TWO_LETTER_WORDS = frozenset(
    {
        "Ad", "Ah", "Am", "An", "As", "At", "Be", "By", "Do", "Go", "He", "Hi", "If", "In", "Is", "It", "Me", "My",
        "No", "Of", "Oh", "Ok", "On", "Or", "So", "To", "Up", "Us", "We",
    }
)  # fmt: skip
# Surnames that are also English words (and Chinese, Korean and Vietnamese ones spelt as an English word is). Such a
# surname, and a given name that is a word, is found alone only as written or in capitals (`Long`, `LONG`), never in
# lower case, which leaves the word (`long-term`); any other name is found in lower case too (`ask priya`).
SURNAMES_THAT_ARE_WORDS = frozenset(
    {
        "Abbott", "Ash", "Bacon", "Baker", "Ball", "Ban", "Bang", "Banks", "Barber", "Bass", "Bath", "Beach",
        "Bean", "Bell", "Berry", "Best", "Bird", "Bishop", "Black", "Bond", "Booth", "Bowman", "Bridge", "Brook",
        "Brooks", "Brown", "Buck", "Bush", "Butler", "Cain", "Can", "Carpenter", "Carter", "Case", "Castle",
        "Chamberlain", "Chance", "Chapel", "Chase", "Chin", "Church", "Clay", "Clerk", "Coffee", "Cole", "Cook",
        "Cooper", "Crane", "Cross", "Dale", "Dam", "Day", "Dean", "Do", "Drake", "Duke", "Dunn", "Early", "East",
        "Fair", "Fang", "Farmer", "Field", "Fields", "Finch", "Fish", "Fisher", "Fletcher", "Ford", "Forest",
        "Fox", "Frost", "Gay", "Glass", "Gold", "Good", "Goodman", "Grant", "Gray", "Green", "Grey", "Guard", "Ha",
        "Hall", "Hand", "Hardy", "Hart", "Hay", "Head", "Heart", "Hill", "Hills", "Ho", "Holiday", "Holland",
        "Hood", "Horn", "House", "Hung", "Hunt", "Hunter", "Jolly", "Judge", "Kim", "King", "Knight", "Lake",
        "Lamb", "Land", "Lane", "Law", "Lee", "Li", "Little", "Lo", "Long", "Lord", "Love", "Low", "Ma", "Major",
        "Man", "March", "Marsh", "Mason", "Means", "Miller", "Mills", "Mo", "Moon", "Moore", "Morning", "Moss",
        "Nash", "Noble", "North", "Nurse", "Oak", "Page", "Pan", "Park", "Parks", "Pay", "Person", "Pike", "Pool",
        "Pope", "Porter", "Post", "Power", "Powers", "Price", "Pride", "Reed", "Rice", "Rich", "Ring", "Rivers",
        "Rock", "Root", "Rose", "Rush", "Sale", "Salt", "Sands", "Sharp", "Shepherd", "Short", "Silver", "Sing",
        "Small", "Smart", "Smith", "Snow", "Son", "South", "Sparks", "Spencer", "Spring", "Stark", "Steel",
        "Steward", "Stone", "Strong", "Sun", "Swan", "Swift", "Tan", "Tanner", "Temple", "Thatcher", "Tower",
        "Town", "Trout", "Turner", "Walker", "Wall", "Ward", "Warren", "Waters", "Weaver", "Webb", "Well", "Wells",
        "West", "Wheeler", "White", "Wild", "Wing", "Winter", "Wise", "Wood", "Woods", "Wright", "Yan", "Young",
    }
)  # fmt: skip


def a_word(name: str) -> bool:
    """Whether a part of a name is also an English word, so that written in lower case it is the word."""
    return name.capitalize() in NAMES_THAT_ARE_WORDS or name.capitalize() in SURNAMES_THAT_ARE_WORDS


def a_title_word(name: str) -> bool:
    """Whether a part of a name is also a word of job titles (`Sales`, `Lead`: titlewords.py), so that a title
    holding it alone means the word unless it uses it as a name (mentions.py); elsewhere, a reason or the
    organization, it is found as any name is."""
    return name.capitalize() in TITLE_WORDS
