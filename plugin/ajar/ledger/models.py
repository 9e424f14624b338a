"""The front matter schema of each kind of entry, and the entries themselves.

The pydantic models are the single source of the schema: validation, the
error messages and ``ajar schema``'s JSON Schema all come from them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field, GetCoreSchemaHandler,
                      GetJsonSchemaHandler, StringConstraints, WithJsonSchema)
from pydantic_core import PydanticCustomError, core_schema

from ajar.ledger.dates import DateError, Duration, parse_date, show_value

STAGES = ("applied", "screening", "interview", "final-round", "offer")
LOG_KINDS = ("reply", "reconnect", "linkedin", "meeting", "moved", "other")
COMPANY_LOG_KINDS = ("check", "other")
TEMPLATE_PURPOSES = ("rejection", "reconnect", "linkedin")

Stage = Literal["applied", "screening", "interview", "final-round", "offer"]
LogKind = Literal["reply", "reconnect", "linkedin", "meeting", "moved", "other"]
CompanyLogKind = Literal["check", "other"]
Purpose = Literal["rejection", "reconnect", "linkedin"]

# YAML 1.1 booleans that YAML 1.2 (and so most editors) reads as text: accepted as
# true/false, with a warning (the loader reads them as text, like an editor).
BOOL_WORDS = {word: value for value, words in ((True, ("yes", "on")), (False, ("no", "off")))
              for base in words for word in (base, base.capitalize(), base.upper())}

_EMAIL = re.compile(r'^[^@\s<>()\[\],;:"]+@[^@\s<>()\[\],;:"]+\.[^@\s<>()\[\],;:"]+$')
# "https://" in any case, written out so that JSON Schema (no flags) can use it too.
_URL_PATTERN = r"""^[hH][tT][tT][pP][sS]?://[^\s/$.?#][^\s"'<>]*$"""
_URL = re.compile(_URL_PATTERN)
# The JSON Schema patterns of dates and durations, exactly what dates.py accepts
# (every real day, leap years included, from year 0001).
DATE_PATTERN = (
    r"^\s*(?!0000)[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
    r"|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)\s*$"
    r"|^\s*(?!0000)(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
    r"-02-29\s*$")
DURATION_PATTERN = (r"^\s*[0-9]{1,6}\s*(?:[dD][aA][yY]|[wW][eE][eE][kK]|[mM][oO][nN][tT][hH]"
                    r"|[yY][eE][aA][rR])[sS]?\s*$")
# A cadence (how often): at least one day; `0 days` would make it due on every touch.
CADENCE_PATTERN = DURATION_PATTERN.replace(r"^\s*", r"^\s*(?=[0-9]*[1-9])", 1)


def _spaced(pattern: str) -> str:
    """A ``^...$`` pattern that also allows the spaces the validators strip."""
    return r"^\s*" + pattern[1:-1] + r"\s*$"


def _date(value: Any) -> dt.date:
    try:
        return parse_date(value)
    except DateError as error:
        raise PydanticCustomError("bad_date", str(error)) from None


def _email(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise PydanticCustomError(
            "bad_email", f"{show_value(value)} does not look like an email address:"
            " write name@example.com")
    if isinstance(value, str) and not _EMAIL.match(value.strip()):
        raise PydanticCustomError(
            "bad_email", f"{show_value(value)} does not look like an email address:"
            " write name@example.com")
    return value.strip() if isinstance(value, str) else value


def _url(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise PydanticCustomError(
            "bad_url", f"{show_value(value)} is not a web address: write the full address starting"
            " with https://")
    if isinstance(value, str) and not _URL.match(value.strip()):
        raise PydanticCustomError(
            "bad_url",
            f"{show_value(value)} is not a web address: write the full address starting"
            " with https://")
    return value.strip() if isinstance(value, str) else value


def is_web_address(text: str) -> bool:
    """What a URL key accepts (``_url``): an http(s) address without spaces."""
    return bool(_URL.match(text.strip()))


def _flag(value: Any) -> Any:
    """true or false; the YAML 1.1 words yes/no/on/off too (the loader warns)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value in BOOL_WORDS:
        return BOOL_WORDS[value]
    raise PydanticCustomError("bad_bool", f"{show_value(value)} is not true or false:"
                              " write true or false (without quotes)")


def _list_of_text(value: Any) -> Any:
    """A single text is taken as a one-item list: ``tags: urgent``."""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return [str(value)]
    return value


class _DurationType:
    pattern = DURATION_PATTERN
    positive = False

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler
                                     ) -> core_schema.CoreSchema:
        def validate(value: Any) -> Duration:
            try:
                duration = Duration.parse(value)
            except DateError as error:
                raise PydanticCustomError("bad_duration", str(error)) from None
            if cls.positive and duration.count == 0:
                raise PydanticCustomError(
                    "bad_duration", f"{show_value(value)} is no time at all, so it would be due"
                    " again on the day it is done: write how often, e.g. '3 months'")
            return duration
        return core_schema.no_info_plain_validator_function(
            validate, serialization=core_schema.to_string_ser_schema())

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: GetJsonSchemaHandler
                                     ) -> dict[str, Any]:
        return {"type": "string", "pattern": cls.pattern, "examples": ["3 months", "2 weeks"]}


class _CadenceType(_DurationType):
    pattern = CADENCE_PATTERN
    positive = True


Date = Annotated[dt.date, BeforeValidator(_date),
                 WithJsonSchema({"type": "string", "pattern": DATE_PATTERN,
                                 "description": "a date written YYYY-MM-DD"})]
DurationField = Annotated[Duration, _DurationType]
Cadence = Annotated[Duration, _CadenceType]  # how often: a positive duration
Email = Annotated[str, BeforeValidator(_email),
                  WithJsonSchema({"type": "string", "format": "email",
                                  "pattern": _spaced(_EMAIL.pattern)})]
Url = Annotated[str, BeforeValidator(_url),
                WithJsonSchema({"type": "string", "format": "uri",
                                "pattern": _spaced(_URL_PATTERN)})]
Flag = Annotated[bool, BeforeValidator(_flag),
                 WithJsonSchema({"anyOf": [
                     {"type": "boolean"},
                     {"enum": sorted(BOOL_WORDS), "deprecated": True,
                      "description": "YAML 1.1 yes/no/on/off: write true or false"}]})]
_TEXT_OR_NUMBER = [{"type": "string"}, {"type": "number"}]
# `tags: urgent` is taken as `tags: [urgent]`.
TextList = Annotated[list[str], BeforeValidator(_list_of_text),
                     WithJsonSchema({"anyOf": [*_TEXT_OR_NUMBER, {
                         "type": "array", "items": {"anyOf": _TEXT_OR_NUMBER}}]})]
# A required text that is not just spaces (it names a page, a link, a title).
RequiredText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _FrontMatter(BaseModel):
    # Unknown keys are kept (and ignored); numbers are fine where text is meant.
    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True, frozen=True)


class LogEntry(_FrontMatter):
    date: Date
    kind: LogKind
    note: str | None = None


class CompanyLogEntry(_FrontMatter):
    date: Date
    kind: CompanyLogKind
    note: str | None = None


class ContactMeta(_FrontMatter):
    """Front matter of ``ledger/contacts/<slug>.md``."""

    model_config = ConfigDict(title="Ajar contact")

    name: RequiredText = Field(description="full name")
    company: str | None = Field(None, description="where they work")
    title: str | None = Field(None, description="their role")
    email: Email | None = None
    phone: str | None = None
    linkedin: Url | None = Field(None, description="LinkedIn profile address")
    linkedin_connected: Date | None = Field(None, description="when the connection was made")
    tags: TextList = Field(default_factory=list)
    reconnect_every: Cadence | None = Field(
        None, description="this person's cadence, overrides the default")
    next_reconnect: Date | None = Field(
        None, description="explicit next reconnect (a snooze or a plan); wins over the rules")
    do_not_contact: Flag = Field(False, description="never schedule anything for this person")
    log: list[LogEntry] = Field(default_factory=list,
                                description="touches and news (moved: a new company or title)")


class RejectionMeta(_FrontMatter):
    """Front matter of ``ledger/rejections/<slug>.md``."""

    model_config = ConfigDict(title="Ajar rejection")

    company: RequiredText = Field(description="the company that said no")
    role: RequiredText = Field(description="the job or gig applied for")
    date: Date = Field(description="when the rejection arrived")
    contact: str | list[str] | None = Field(
        None, description="who sent it / who to stay in touch with (contact slugs)")
    stage: Stage | None = Field(None, description="how far the process went")
    reason: str | None = Field(None, description="the reason given, if any")
    replied: Date | None = Field(None, description="when the gracious reply was sent")
    no_reply: Flag = Field(False, description="nobody to reply to: no reply is owed")
    subject: str | None = None
    message_id: str | None = None
    from_: str | None = Field(None, alias="from")
    tags: TextList = Field(default_factory=list)

    @property
    def contacts(self) -> list[str]:
        if self.contact is None:
            return []
        return [self.contact] if isinstance(self.contact, str) else list(self.contact)


class CompanyMeta(_FrontMatter):
    """Front matter of ``ledger/companies/<slug>.md`` (optional: a company worth a note)."""

    model_config = ConfigDict(title="Ajar company")

    name: RequiredText = Field(
        description="the company's name as rejections and contacts write it (matched without case)")
    radar: Flag = Field(False, description="keep watching this company for openings")
    careers: Url | None = Field(None, description="its careers page")
    check_every: Cadence | None = Field(
        None, description="how often to look at its openings (default 3 months)")
    next_check: Date | None = Field(None, description="explicit next check; wins over the rule")
    tags: TextList = Field(default_factory=list)
    log: list[CompanyLogEntry] = Field(
        default_factory=list, description="check (looked at openings) or other")


class ReplyMeta(_FrontMatter):
    """Front matter of ``ledger/replies/<slug>.md``."""

    model_config = ConfigDict(title="Ajar reply template")

    title: str | None = None
    for_: Purpose = Field(alias="for", description="rejection, reconnect or linkedin")
    subject: str | None = Field(None, description="a template line")


M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Entry(Generic[M]):
    """One ledger file: its slug, where it is, its front matter and its notes."""

    slug: str
    path: str  # relative to the folder of mkdocs.yml, with '/'
    meta: M
    body: str = ""
    body_line: int = 1
    extra: dict[str, Any] = field(default_factory=dict)


Contact = Entry[ContactMeta]
Rejection = Entry[RejectionMeta]
ReplyTemplate = Entry[ReplyMeta]
Company = Entry[CompanyMeta]


def first_name(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else name


@dataclass(frozen=True)
class RejectionFacts:
    """What the schedule needs of a rejection: from a valid file, or the values that
    are valid in a faulty one (``faulty`` is then True) so that no reminder is lost."""

    slug: str
    path: str
    date: dt.date
    contacts: tuple[str, ...] = ()
    replied: dt.date | None = None
    no_reply: bool = False
    company: str | None = None
    role: str | None = None
    faulty: bool = False

    @classmethod
    def of(cls, rejection: Rejection, faulty: bool = False,
           contacts: tuple[str, ...] | None = None) -> RejectionFacts:
        meta = rejection.meta
        return cls(rejection.slug, rejection.path, meta.date,
                   tuple(dict.fromkeys(meta.contacts)) if contacts is None else contacts,
                   meta.replied, meta.no_reply, meta.company, meta.role, faulty)
