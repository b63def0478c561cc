"""Headlines as a reader wants them: no site name, section label or separator around them.

Small pages written here, shaped like the real ones (a ``<title>`` with the site's name, an
``og:site_name``, an ``<h1>``), go through ``html_to_article`` as a fetched page would.
"""

from __future__ import annotations

import pytest

from factcheck.article import html_to_article
from factcheck.headline import clean_headline

BODY = " ".join(
    f"<p>Paragraph {n} of the story says that the agency picked five more companies to bid for "
    "robotic lunar landing contracts worth up to $2.6 billion over the next decade.</p>"
    for n in range(1, 5)
)


def page(title: str, *, h1: str | None = None, site_name: str | None = None) -> str:
    meta = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (
        f"<html lang='en'><head><title>{title}</title>{meta}</head><body>"
        f"<article>{heading}{BODY}</article></body></html>"
    )


def test_a_fetched_page_headline_loses_the_site_name() -> None:
    html = page(
        "NASA adds five companies to commercial lunar lander program - SpaceNews.com",
        h1="NASA adds five companies to commercial lunar lander program",
        site_name="SpaceNews.com",
    )
    article = html_to_article(html, url="https://spacenews.com/nasa-adds-five-companies/")
    assert article.title == "NASA adds five companies to commercial lunar lander program"
    assert article.site_name == "SpaceNews.com"  # the name is kept where it belongs


def test_the_url_alone_names_the_site() -> None:
    html = page("Simple Hiking Survival Kit (with Kids) - The Anti-June Cleaver")
    article = html_to_article(html, url="https://theantijunecleaver.com/2014/09/kit/")
    assert article.title == "Simple Hiking Survival Kit (with Kids)"


def test_navigation_the_h1_does_not_show_is_dropped() -> None:
    # "Afghanistan News" is in no list: the page's own <h1> says where the headline ends.
    html = page(
        "US service members killed in Afghanistan helicopter crash | Afghanistan News | Al Jazeera",
        h1="US service members killed in Afghanistan helicopter crash",
    )
    article = html_to_article(html, url="https://www.aljazeera.com/news/2019/11/crash.html")
    assert article.title == "US service members killed in Afghanistan helicopter crash"


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        (
            "Brexit deal passes its first vote | Politics | The Guardian",
            "the Guardian",
            None,
            "Brexit deal passes its first vote",
        ),
        (
            "The Guardian view on Hong Kong: a city on the brink | Editorial",
            "the Guardian",
            None,
            "The Guardian view on Hong Kong: a city on the brink",
        ),
        (
            "New York State Attorney General reportedly investigating WeWork – TechCrunch",
            "TechCrunch",
            None,
            "New York State Attorney General reportedly investigating WeWork",
        ),
        (  # a shortened site name, and a site name with separators of its own, before a colon
            "'The Medium is the Message': the 7th Amsterdam Light Festival | Inexhibit",
            "Inexhibit magazine",
            None,
            "'The Medium is the Message': the 7th Amsterdam Light Festival",
        ),
        (
            "LinkNaija | Nigeria's popular news platform: BREAKING NEWS: Chelsea Activate "
            "£71.6m Release Clause To Sign Kepa",
            "LinkNaija | Nigeria's popular news platform",
            None,
            "Chelsea Activate £71.6m Release Clause To Sign Kepa",
        ),
        (
            "MacBook sale at Amazon from $700, AirPods, more - 9to5Mac",
            None,
            "https://9to5mac.com/2019/11/18/macbook-deals/",
            "MacBook sale at Amazon from $700, AirPods, more",
        ),
        (
            "Hong Kong chaos: China deploys troops | World | News | Express.co.uk",
            None,
            "https://www.express.co.uk/news/world/1206313/hong-kong",
            "Hong Kong chaos: China deploys troops",
        ),
    ],
)
def test_site_names_and_section_labels_come_off(
    title: str, site: str | None, url: str | None, expected: str
) -> None:
    assert clean_headline(title, site_names=[site] if site else [], url=url) == expected


@pytest.mark.parametrize(
    ("title", "site", "url"),
    [
        # The site's name inside the headline, not beside it.
        ("Take C.A.R.E. - comwrap auf der DMEXCO 2018", "Comwrap", "https://blog.comwrap.com/x"),
        ("9to5Mac Gift Guide: What do you buy for the person who has it all?", "9to5Mac", None),
        ("Apple unveils a new iPhone", "Apple", "https://www.apple.com/newsroom/x"),
        # A separator inside the headline, neither side the site.
        ("Milan Design Week 2018 | Anastassiades' light installation for FLOS", "Inexhibit", None),
        ("2020 Audi e-tron Sportback revealed as electric 4-door coupe", "SlashGear", None),
        # Nothing but the site's name: nothing better to show.
        ("SpaceNews.com", "SpaceNews.com", None),
        # A label with too little after it is the headline itself.
        ("Breaking: storm", None, None),
    ],
)
def test_headlines_that_only_mention_the_site_are_kept(
    title: str, site: str | None, url: str | None
) -> None:
    assert clean_headline(title, site_names=[site] if site else [], url=url) == title
