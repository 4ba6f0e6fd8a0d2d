"""Declare the registry's closed vocabularies (kept apart so the CLI need not import pandera)."""

from __future__ import annotations

from enum import Enum

SEPARATOR = "|"


class Category(Enum):
    """What kind of organ a unit is."""

    PARTY_ORGAN = "party_organ"
    GOVERNMENT_DEPARTMENT = "government_department"
    PUBLIC_INSTITUTION = "public_institution"
    DISTRICT = "district"
    COUNTY_LEVEL_CITY = "county_level_city"
    COUNTY = "county"
    DEVELOPMENT_ZONE = "development_zone"
    OTHER = "other"

    @property
    def label(self) -> str:
        """Return the Chinese name of the category, as the registry prints it."""
        return CATEGORY_ZH[self]


CATEGORY_ZH = {
    Category.PARTY_ORGAN: "党委机构",
    Category.GOVERNMENT_DEPARTMENT: "政府工作部门",
    Category.PUBLIC_INSTITUTION: "政府直属机构/事业单位",
    Category.DISTRICT: "区",
    Category.COUNTY_LEVEL_CITY: "县级市",
    Category.COUNTY: "县",
    Category.DEVELOPMENT_ZONE: "开发区/功能区",
    Category.OTHER: "其他",
}


class Confidence(Enum):
    """How well a registry row is attested by public sources."""

    CONFIRMED = "confirmed"
    PARTIAL = "partial"
    UNCONFIRMED = "unconfirmed"
