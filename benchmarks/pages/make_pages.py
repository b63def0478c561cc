"""Write the hand-made benchmark pages and their ground truth from one source of truth.

Layouts the real extraction-dev set is thin on: a live blog, a press release, a blog post with
reader comments, a cookie wall (gold: nothing), an AMP page, an article with a data table,
inline ads and "read more" boxes, a paywall teaser, a Q&A interview, a listicle, a German page
with a most-read sidebar, and an old CMS page built from <div>s and <br>s. All text is invented.

The article body of each page is written once below; the page's HTML is built around it and
the same strings become ``ground-truth.json`` (``articleBody``: the paragraphs joined by
newlines; headline, byline, captions, navigation, comments and boxes are not part of it).
Run ``python benchmarks/pages/make_pages.py`` after editing; the output is committed.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = """<header><a class="logo" href="/">The Valley Courier</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li>
<li><a href="/subscribe">Subscribe: 3 months for $1</a></li></ul></nav></header>"""
FOOTER = """<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a>
</li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p>© 2025 Valley Courier Media Group. All rights reserved. Registered office: 12 Mill Lane.</p>
</footer>"""
RELATED = """<aside class="related"><h2>More from News</h2><ul>
<li><a href="/a">Council approves 2026 budget after four-hour meeting</a></li>
<li><a href="/b">Rail strike: what the 48-hour walkout means for commuters</a></li>
<li><a href="/c">Ten restaurants that opened this autumn</a></li></ul></aside>"""


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(body: list[str]) -> str:
    return "\n".join(f"<p>{esc(p)}</p>" for p in body)


def page(title: str, content: str, *, head: str = "", lang: str = "en") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)} | The Valley Courier</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="The Valley Courier">{head}
</head><body>{NAV}
{content}
{FOOTER}</body></html>
"""


# --------------------------------------------------------------------------- pages

PAGES: dict[str, Callable[[], tuple[str, list[str]]]] = {}


def register(func: Callable[[], tuple[str, list[str]]]) -> Callable[[], tuple[str, list[str]]]:
    PAGES[func.__name__.replace("_", "-")] = func
    return func


@register
def live_blog() -> tuple[str, list[str]]:
    entries = [
        (
            "16:42",
            "Polls have now closed in all 312 wards. Counting starts at 17:00 in the "
            "sports hall on Ferry Road, and officials expect the first results before midnight.",
        ),
        (
            "16:05",
            "Turnout was 41.3% by 15:00, up from 36.8% at the same point in 2021, the "
            "returning officer says. Queues of about 40 people were reported in Eastgate.",
        ),
        (
            "15:20",
            "A polling station in Hollins was closed for 25 minutes after a burst water "
            "pipe. Voters were sent to the library next door and nobody was turned away.",
        ),
        (
            "14:10",
            "Both main candidates have voted. Maria Esteves cast her ballot in Northside "
            "at 09:15; Daniel Okafor voted with his two daughters just after lunch.",
        ),
        (
            "12:30",
            "The count will use 18 tables and about 120 counting staff, three times as "
            "many as at the last by-election, because two ballots are being counted at once.",
        ),
    ]
    body = [f"{time} {text}" for time, text in entries]
    items = "\n".join(
        f'<div class="post"><time class="stamp">{t}</time><p>{esc(x)}</p>'
        '<div class="post-share"><a>Share</a> <a>Copy link</a></div></div>'
        for t, x in entries
    )
    content = f"""<main><div class="live-header"><span class="live-badge">LIVE</span>
<h1>Mayoral election 2025: polls close as count begins</h1>
<p class="updated">Updated 2 minutes ago</p></div>
<div class="key-events"><h2>Key events</h2><ul><li><a href="#p1">Polls close</a></li>
<li><a href="#p2">Turnout at 41.3%</a></li><li><a href="#p3">Station closed</a></li></ul></div>
<div class="live-feed">{items}</div>
<button class="load-more">Show 12 more updates</button></main>{RELATED}"""
    return page("Mayoral election 2025: polls close as count begins", content), body


@register
def press_release() -> tuple[str, list[str]]:
    body = [
        "BRIGHTWATER, Ore., March 4, 2025 — Helix Water Systems Inc. (NASDAQ: HLXW) today "
        "announced a contract worth $48.5 million to replace 62 miles of water mains for the "
        "city of Brightwater over the next four years.",
        "The project will cut leakage by an estimated 1.2 billion gallons a year, roughly 14 "
        "percent of the water the city now loses before it reaches a tap.",
        "“Brightwater chose a plan that pays for itself within nine years,” said Lena Park, "
        "chief executive of Helix. “We will hire about 75 local workers for the job.”",
        "Work begins in June 2025 in the Riverside district, where 1,900 households saw "
        "supply interruptions last winter.",
        "About Helix Water Systems: Helix designs and builds water infrastructure for 140 "
        "municipalities in 11 states. The company employs 2,300 people and is based in "
        "Portland, Oregon.",
    ]
    content = f"""<div class="pr-wrapper"><div class="pr-toolbar"><a>Print</a> <a>PDF</a>
<a>Email</a></div><div class="pr-body"><h1>Helix Water Systems wins $48.5 million
Brightwater contract</h1><h2 class="subtitle">Four-year project to replace 62 miles of mains
</h2>{paras(body)}
<div class="contact"><h3>Media contact</h3><p>Jordan Blake, +1 503 555 0142,
press@helix.example</p></div>
<p class="forward-looking">This press release contains forward-looking statements within the
meaning of the Private Securities Litigation Reform Act of 1995.</p></div>
<aside><h3>Recent releases</h3><ul><li><a>Helix reports fourth-quarter revenue</a></li>
<li><a>Helix names new chief financial officer</a></li></ul></aside></div>"""
    return page("Helix Water Systems wins $48.5 million Brightwater contract", content), body


@register
def blog_with_comments() -> tuple[str, list[str]]:
    body = [
        "I have kept bees on our allotment for seven years, and this summer was the strangest "
        "yet. The first swarm came on April 2, nearly three weeks earlier than ever before.",
        "By August the three hives had produced 41 kilograms of honey between them, against "
        "an average of 28 kilograms over the previous six seasons.",
        "The local beekeepers' association says members reported the same pattern: early "
        "swarms, heavy flows in June, and then almost nothing after the heatwave in July.",
        "Next year I plan to add a fourth hive and to keep a proper daily log of hive weights, "
        "so that I can tell a good year from a lucky one.",
    ]
    comments = [
        ("Pat", "Same here! 35 kg from two hives, best year in a decade."),
        ("Ravi", "Did you treat for varroa in the spring or the autumn?"),
        ("Sue B.", "Lovely post. Our swarm came in mid-April too, which we had never seen."),
        ("Tom", "Hive scales are worth every penny, I bought mine for about £120."),
    ]
    items = "\n".join(
        f'<li class="comment"><div class="comment-author">{a}</div>'
        f'<div class="comment-body"><p>{esc(c)}</p></div><a class="reply">Reply</a></li>'
        for a, c in comments
    )
    content = f"""<div id="content"><article class="post"><h1 class="entry-title">A strange
year for the bees</h1><div class="entry-meta">Posted on 12 September 2025 by Hannah</div>
<div class="entry-content">{paras(body)}</div>
<div class="tags">Tags: <a>bees</a>, <a>allotment</a>, <a>honey</a></div></article>
<section id="comments"><h2>4 thoughts on “A strange year for the bees”</h2>
<ol class="comment-list">{items}</ol>
<div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea><button>Post Comment
</button></form></div></section></div>
<aside id="sidebar"><h3>Archives</h3><ul><li>September 2025</li><li>August 2025</li></ul>
</aside>"""
    return page("A strange year for the bees", content), body


@register
def cookie_wall() -> tuple[str, list[str]]:
    content = """<div class="cmp-overlay" role="dialog" aria-modal="true">
<div class="cmp-box"><h2>We care about your privacy</h2>
<p>We and our 1,126 partners store and/or access information on a device, such as cookies,
and process personal data, such as unique identifiers and standard information sent by a
device for personalised ads and content, ad and content measurement, and audience insights.</p>
<p>With your permission we and our partners may use precise geolocation data. You may click to
consent to our and our partners' processing as described above. Alternatively you may access
more detailed information and change your preferences before consenting or to refuse
consenting.</p>
<div class="cmp-buttons"><button>Accept all</button><button>Reject all</button>
<button>Manage options</button></div></div></div>
<noscript>You need to enable JavaScript to run this site.</noscript>"""
    return page("Before you continue", content), []


@register
def amp_page() -> tuple[str, list[str]]:
    body = [
        "The city's bike-share scheme recorded 1.4 million rides in its first full year, the "
        "transport authority said on Tuesday, almost double the 750,000 it had forecast.",
        "Electric bikes made up 38% of the fleet but accounted for 61% of all trips, and the "
        "average ride lasted 14 minutes.",
        "The authority will add 600 bikes and 45 docking stations by next summer, paid for by "
        "a £3.2 million grant from the regional growth fund.",
        "Cycling groups welcomed the expansion but said that safe lanes, not more bikes, "
        "would decide whether the scheme keeps growing.",
    ]
    head = """
<link rel="canonical" href="https://courier.example/news/bike-share-year-one">
<style amp-boilerplate>body{visibility:hidden}</style>
<style amp-custom>.headline{font-size:2rem}</style>
<script async src="https://cdn.ampproject.org/v0.js"></script>"""
    content = f"""<amp-sidebar id="menu" layout="nodisplay"><ul><li>News</li><li>Sport</li>
</ul></amp-sidebar><main role="main"><article><header><h1 class="headline">Bike-share
scheme doubles its forecast in first year</h1><div class="byline">By Owen Price</div>
</header><amp-img src="/img/bikes.jpg" width="800" height="450" layout="responsive"
alt="Docked bikes"></amp-img><figcaption>Bikes at the station dock. Photo: Courier</figcaption>
<div class="article-body">{paras(body[:2])}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/news"><div
fallback>Advertisement</div></amp-ad>
{paras(body[2:])}</div>
<amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook">
</amp-social-share></article></main>"""
    return page("Bike-share scheme doubles its forecast in first year", content, head=head).replace(
        "<html ", "<html amp ", 1
    ), body


@register
def data_table() -> tuple[str, list[str]]:
    intro = [
        "House prices in the county rose 4.6% in the year to September, the slowest pace "
        "since 2020, according to figures published by the land registry on Thursday.",
        "Prices fell in one district, Marsh End, where the average sale was 1.9% lower than a "
        "year earlier.",
    ]
    rows = [
        ("District", "Average price", "Annual change"),
        ("Northside", "£312,400", "+6.1%"),
        ("Eastgate", "£268,900", "+5.2%"),
        ("Hollins", "£241,750", "+3.8%"),
        ("Marsh End", "£198,300", "-1.9%"),
    ]
    outro = [
        "Estate agents said higher mortgage rates had kept first-time buyers out of the market "
        "for most of the summer, while sales of homes above £500,000 held up."
    ]
    table = "\n".join(
        "<tr>"
        + "".join(f"<{'th' if i == 0 else 'td'}>{c}</{'th' if i == 0 else 'td'}>" for c in r)
        + "</tr>"
        for i, r in enumerate(rows)
    )
    body = [*intro, *(" ".join(r) for r in rows), *outro]
    content = f"""<main><article><h1>County house prices rise 4.6%, slowest since 2020</h1>
<p class="byline">By Ana Ruiz, property correspondent</p>{paras(intro)}
<table class="data"><caption>Average prices by district, September 2025</caption>
{table}</table>{paras(outro)}
<p class="source">Source: land registry. Chart: Courier graphics.</p></article></main>
{RELATED}"""
    return page("County house prices rise 4.6%, slowest since 2020", content), body


@register
def inline_ads() -> tuple[str, list[str]]:
    body = [
        "The hospital trust will close its Eastgate minor injuries unit from January 6 and "
        "move the service to the main site, 4.5 miles away, the board decided on Wednesday.",
        "The unit treated 21,300 patients last year, an average of 58 a day, but the trust "
        "says it has struggled to staff it with fewer than half of its nursing posts filled.",
        "Campaigners have collected 8,700 signatures against the closure and plan to ask the "
        "county council's health scrutiny committee to refer it to the health secretary.",
        "The trust said a new bus link between Eastgate and the hospital would run every 20 "
        "minutes from December, paid for by £180,000 a year from its transport budget.",
        "A public meeting is planned for November 27 at Eastgate community centre.",
    ]
    ad = '<div class="ad-slot"><span>Advertisement</span><div id="gpt-ad-1"></div></div>'
    read_more = (
        '<aside class="read-more"><strong>Read more:</strong> <a href="/x">Waiting times at '
        "A&amp;E reach a record 9 hours</a></aside>"
    )
    newsletter = (
        '<div class="newsletter-inline"><h4>Sign up to Courier Health</h4><p>The week in '
        "health news, every Friday. Join 12,000 readers.</p><input><button>Sign up</button></div>"
    )
    ps = [f"<p>{esc(p)}</p>" for p in body]
    content = f"""<main><article><h1>Eastgate minor injuries unit to close in January</h1>
<div class="byline">By Kim Lowe · 3 min read</div>
<div class="story">{ps[0]}{ad}{ps[1]}{read_more}{ps[2]}{newsletter}{ps[3]}
<p class="ad-label">Story continues below advertisement</p>{ad}{ps[4]}</div></article></main>
{RELATED}"""
    return page("Eastgate minor injuries unit to close in January", content), body


@register
def paywall_teaser() -> tuple[str, list[str]]:
    body = [
        "The owners of the Ferry Road shipyard have agreed a £65 million sale to a Dutch "
        "engineering group, ending 112 years of local ownership.",
        "The deal, which needs approval from the competition authority, would secure the 430 "
        "jobs at the yard until at least 2030, both companies said.",
    ]
    content = f"""<main><article><h1>Ferry Road shipyard sold to Dutch group for £65m</h1>
<div class="story-body">{paras(body)}</div>
<div class="paywall"><h2>Subscribe to continue reading</h2><p>You have read 3 of your 3 free
articles this month. Subscribe for unlimited access from £1 a week.</p><a>Subscribe now</a>
<p>Already a subscriber? <a>Sign in</a></p></div></article></main>{RELATED}"""
    return page("Ferry Road shipyard sold to Dutch group for £65m", content), body


@register
def interview_qa() -> tuple[str, list[str]]:
    qa = [
        (
            "You took over the orchestra in 2019. What has changed?",
            "We play to about 60,000 people a year now, up from 35,000, and a third of them are "
            "under 30. That was the goal from day one.",
        ),
        (
            "How did you reach younger audiences?",
            "Shorter concerts, cheaper tickets and a lot of film music. Our £5 ticket scheme sold "
            "9,400 seats last season.",
        ),
        (
            "What comes next?",
            "A tour of 14 towns in the region next spring, and a new hall, if the council keeps "
            "its promise of £2 million towards it.",
        ),
    ]
    intro = (
        "Conductor Ines Vogel has led the Valley Symphony for six seasons. She spoke to the "
        "Courier before the opening concert of the new season on Saturday."
    )
    body = [intro]
    blocks = [f"<p>{esc(intro)}</p>"]
    for q, a in qa:
        body += [q, a]
        blocks += [f"<p><strong>{esc(q)}</strong></p>", f"<p>{esc(a)}</p>"]
    content = f"""<main><article><h1>“A third of our audience is under 30”: Ines Vogel on six
seasons with the Valley Symphony</h1><p class="byline">Interview by Sam Carter</p>
<figure><img src="/img/vogel.jpg" alt=""><figcaption>Ines Vogel at the Town Hall. Photo:
Courier</figcaption></figure><div class="article-text">{"".join(blocks)}</div>
<p class="footnote">This interview has been edited for length and clarity.</p></article>
</main>{RELATED}"""
    return page("Ines Vogel on six seasons with the Valley Symphony", content), body


@register
def listicle() -> tuple[str, list[str]]:
    items = [
        (
            "1. Hollins Reservoir loop",
            "An easy 5.5 km circuit with a café at the dam. Allow "
            "about 90 minutes, more if you stop to watch the herons.",
        ),
        (
            "2. Northside ridge",
            "The steepest of the five: 340 metres of climbing in the first "
            "3 km, rewarded with views across three counties.",
        ),
        (
            "3. The old railway path",
            "Flat, 11 km end to end and suitable for pushchairs. Buses "
            "run back from the far end every 30 minutes.",
        ),
        (
            "4. Marsh End bird reserve",
            "Two hides and a 4 km boardwalk. Winter brings up to "
            "20,000 geese to the flooded meadows.",
        ),
        (
            "5. Castle woods",
            "A 7 km walk under beech trees to the ruins, which date from the "
            "12th century. Muddy after rain.",
        ),
    ]
    intro = "Five autumn walks within half an hour of the town centre, chosen by our readers."
    body = [intro]
    blocks = [f'<p class="standfirst">{esc(intro)}</p>']
    for heading, text in items:
        body += [heading, text]
        blocks += [
            f"<h2>{esc(heading)}</h2>",
            f"<p>{esc(text)}</p>",
            '<div class="inline-promo"><a>Book a guided walk from £12</a></div>',
        ]
    content = f"""<main><article><h1>Five autumn walks near town</h1>
<p class="byline">By the Courier outdoors team</p>{"".join(blocks)}</article></main>
<aside class="most-read"><h3>Most read</h3><ol><li><a>Man, 84, completes 100th marathon</a>
</li><li><a>Bypass opening delayed to 2027</a></li></ol></aside>{RELATED}"""
    return page("Five autumn walks near town", content), body


@register
def german_news() -> tuple[str, list[str]]:
    body = [
        "Die Stadtwerke erhöhen den Strompreis zum 1. Januar um 4,2 Prozent. Ein Haushalt "
        "mit einem Verbrauch von 3.000 Kilowattstunden zahlt damit rund 48 Euro mehr im Jahr.",
        "Als Grund nannte das Unternehmen am Dienstag höhere Netzentgelte. Diese seien im "
        "laufenden Jahr um 11 Prozent gestiegen.",
        "Die Verbraucherzentrale rät Kundinnen und Kunden, Angebote zu vergleichen. Ein "
        "Wechsel sei innerhalb von zwei Wochen möglich.",
    ]
    sidebar = """<aside class="meistgelesen"><h3>Meistgelesen</h3><ol>
<li><a>Neue Buslinie ab Dezember: Alle 20 Minuten zum Bahnhof</a></li>
<li><a>Weihnachtsmarkt öffnet mit 85 Ständen</a></li></ol></aside>"""
    content = f"""<main><article><h1>Strom wird zum Jahreswechsel teurer</h1>
<p class="autor">Von Lena Schmidt</p><div class="artikel-text">{paras(body)}</div>
<div class="teilen">Teilen: <a>Facebook</a> <a>WhatsApp</a> <a>E-Mail</a></div></article>
</main>{sidebar}"""
    return page("Strom wird zum Jahreswechsel teurer", content, lang="de"), body


@register
def div_soup() -> tuple[str, list[str]]:
    body = [
        "Firefighters spent 6 hours bringing a fire at a Hollins paper mill under control on "
        "Sunday night. Nobody was hurt.",
        "Crews from 9 stations attended at the height of the blaze, which started in a store "
        "of about 200 tonnes of recycled card shortly after 10pm.",
        "The mill's owner said production would restart within a fortnight and that all 85 "
        "staff would be paid in the meantime.",
    ]
    text = "<br><br>\n".join(esc(p) for p in body)
    content = f"""<table width="100%"><tr><td class="leftnav" width="160"><div>
<a>Home</a><br><a>Local news</a><br><a>Weather</a><br><a>Classifieds</a></div></td>
<td class="main"><div class="headline"><b>Mill fire brought under control after 6 hours</b>
</div><div class="date">Monday, 3 November 2025</div>
<div class="storytext">{text}</div>
<div class="printlink"><a>Print this story</a> | <a>Email this story</a></div></td>
<td class="rightcol" width="200"><div class="box"><b>Weather</b><br>Rain, 9°C</div>
<div class="box"><b>Classifieds</b><br>Garage to let, £60 a month</div></td></tr></table>"""
    return page("Mill fire brought under control after 6 hours", content), body


def main() -> None:
    out = HERE / "html"
    out.mkdir(exist_ok=True)
    truth = {}
    for name, build in PAGES.items():
        document, body = build()
        (out / f"{name}.html").write_text(document, encoding="utf-8")
        truth[name] = {"articleBody": "\n".join(body), "url": f"https://courier.example/{name}"}
    (HERE / "ground-truth.json").write_text(
        json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
