"""summarize / asummarize: engine choice, checking every figure, repair rounds, long articles.

Two kinds of test here. The first half drives the pipeline's own logic (which engine, which
figures get checked, how many repair rounds, how a long article is cut and merged) with a fake
model layer standing in for ``factcheck.llm``; the second half (``test_pipeline_*`` cassettes)
runs the real model layer end to end against recorded replies of the scripted server.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import pytest
from long_article import TITLE as LONG_TITLE
from long_article import long_article_text
from scripted_server import RAMSTEIN_DRAFT, reply

from factcheck import llm
from factcheck.article import load_article
from factcheck.checker import index_source
from factcheck.chunks import estimate_tokens, split_into_chunks
from factcheck.errors import (
    BlockedHostError,
    ConfigError,
    InputError,
    LLMRefusalError,
    RetriesExhaustedError,
)
from factcheck.extractive import extractive_draft
from factcheck.models import Article, Draft, DraftClaim, PromptRef, Usage, Verdict
from factcheck.pipeline import asummarize, check_draft, summarize
from factcheck.settings import resolve_settings

RAMSTEIN_FIGURES = ("50", "October 15", "31st", "$2.3 billion", "85,000", "20 million", "Nine")


@pytest.fixture
def ramstein(examples_dir) -> Article:
    return load_article(examples_dir / "ramstein.html")


# --- the extractive engine, end to end ----------------------------------------------------------


def test_no_endpoint_means_the_extractive_engine_and_every_figure_supported(examples_dir) -> None:
    result = summarize(examples_dir / "ramstein.html")
    assert result.engine == "extractive"
    assert result.model is None
    assert result.usage.calls == 0
    assert result.claims, "the example has figures; they must be checked"
    assert all(check.verdict is Verdict.SUPPORTED for check in result.claims)
    assert [r.draft for r in result.rounds] == [result.summary]
    assert result.article.title and "Ramstein" in result.article.title


def test_result_json_has_the_documented_top_level_keys(examples_dir) -> None:
    data = json.loads(summarize(examples_dir / "ramstein.txt").model_dump_json())
    assert {"article", "summary", "claims", "engine", "usage", "provenance", "schema_version"} <= (
        set(data)
    )
    assert data["provenance"]["factcheck_version"]
    assert data["engine"] == "extractive"


def test_offline_ignores_endpoint_settings_it_will_not_use(examples_dir, monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "https://llm.example.com/v1")  # remote, and no key
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        summarize(examples_dir / "ramstein.txt")
    assert summarize(examples_dir / "ramstein.txt", offline=True).engine == "extractive"
    assert summarize(examples_dir / "ramstein.txt", engine="extractive").all_supported


def test_offline_wins_over_a_configured_endpoint(examples_dir) -> None:
    result = summarize(
        examples_dir / "ramstein.txt",
        offline=True,
        api_key="sk-test",
        base_url="http://127.0.0.1:9",
    )
    assert result.engine == "extractive"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"engine": "llm"}, "OPENAI_API_KEY"),
        ({"engine": "llm", "offline": True, "api_key": "sk-test"}, "offline"),
        ({"engine": "gpt"}, "unknown engine"),
        ({"repair_rounds": -1}, "repair_rounds"),
        ({"settings": resolve_settings(environ={}), "model": "gpt-x"}, "not both"),
    ],
)
def test_contradictory_options_are_config_errors(examples_dir, options, message) -> None:
    with pytest.raises(ConfigError, match=message):
        summarize(examples_dir / "ramstein.txt", **options)


@pytest.mark.parametrize("engine", ["extractive", "llm"])
def test_an_empty_article_object_is_bad_input(engine) -> None:
    with pytest.raises(InputError, match="no text"):
        summarize(Article(text="  \n "), engine=engine, api_key="sk-test-not-a-key")


def test_progress_goes_to_the_callback_and_nothing_is_printed(examples_dir, capsys) -> None:
    stages: list[str] = []
    summarize(examples_dir / "ramstein.txt", progress=stages.append)
    assert any("loading" in s for s in stages)
    assert any("extractive" in s for s in stages)
    assert any("checking" in s for s in stages)
    assert capsys.readouterr() == ("", "")


def test_a_url_is_fetched_and_the_private_host_guard_passes_through() -> None:
    from article_server import serve

    with serve() as (base, _state):
        with pytest.raises(BlockedHostError):
            summarize(f"{base}/article")  # 127.0.0.1: refused unless allowed
        result = summarize(f"{base}/article", allow_private_hosts=True)
        concurrent = asyncio.run(asummarize(f"{base}/article", allow_private_hosts=True))
    assert result.article.obtained_via == "url" and result.article.url == f"{base}/article"
    assert result.engine == "extractive" and result.claims and result.all_supported
    assert concurrent.claims == result.claims


def test_asummarize_gives_the_same_result(examples_dir) -> None:
    sync = summarize(examples_dir / "ramstein.txt")
    concurrent = asyncio.run(asummarize(examples_dir / "ramstein.txt"))
    assert concurrent.summary == sync.summary
    assert concurrent.claims == sync.claims


# --- what gets checked --------------------------------------------------------------------------


def test_numbers_in_the_prose_are_checked_even_when_not_listed_as_claims(ramstein) -> None:
    draft = Draft(
        headline="Allies meet in Brussels",
        summary=(
            "Ministers from 50 countries met in Brussels. Germany pledged $2.3 billion, and "
            "Britain sent 95,000 drones."
        ),
        key_points=["Nine countries belong to the Nordic-Baltic initiative."],
        claims=[
            DraftClaim(
                text="Germany pledged an additional $2.3 billion.",
                quote="Pistorius confirmed that Germany will give Ukraine an additional $2.3 "
                "billion in defence aid.",
                figure="$2.3 billion",
            )
        ],
    )
    checks = check_draft(index_source(ramstein.text), draft)
    by_origin = {check.origin for check in checks}
    assert {"claim", "summary", "key_point"} <= by_origin
    wrong = [c for c in checks if "95,000" in c.claim]
    assert wrong and wrong[0].origin == "summary"
    assert wrong[0].verdict is not Verdict.SUPPORTED


def test_a_sentence_checked_as_a_claim_is_not_reported_twice(ramstein) -> None:
    draft = extractive_draft(ramstein)
    checks = check_draft(index_source(ramstein.text), draft)
    texts = [" ".join(c.claim.split()) for c in checks]
    assert len(texts) == len(set(texts))


# --- tokens and chunks --------------------------------------------------------------------------


def test_token_estimate_is_the_larger_of_chars_and_words() -> None:
    assert estimate_tokens("a" * 400) == 100  # one long "word": chars / 4
    assert estimate_tokens("a " * 300) == 399  # short words: words * 1.33
    assert estimate_tokens("") == 0


def test_a_short_text_is_one_chunk() -> None:
    assert split_into_chunks("One paragraph.\n\nAnother one.", 1000) == [
        "One paragraph.\n\nAnother one."
    ]


def test_chunks_are_verbatim_slices_cut_between_paragraphs_within_budget() -> None:
    text = long_article_text(5_000)
    chunks = split_into_chunks(text, 1_500)
    assert len(chunks) > 3
    position = 0
    for chunk in chunks:
        assert estimate_tokens(chunk) <= 1_500
        found = text.index(chunk, position)
        assert text[position:found].strip() == "", "a chunk boundary dropped text"
        assert found == 0 or text[found - 2 : found] == "\n\n", "cut inside a paragraph"
        position = found + len(chunk)
    assert text[position:].strip() == ""


def test_an_oversized_paragraph_is_cut_between_sentences_then_words() -> None:
    sentence = "The district spent $4.5 million on roads in 2023 and repaired 120 kilometres."
    paragraph = " ".join([sentence] * 40)
    chunks = split_into_chunks(paragraph, 100)
    assert all(estimate_tokens(c) <= 100 for c in chunks)
    assert all(c.endswith("kilometres.") for c in chunks), "cut inside a sentence"
    giant = " ".join(["word"] * 1_000)
    pieces = split_into_chunks(giant, 100)
    assert all(estimate_tokens(p) <= 100 for p in pieces)
    assert " ".join(pieces).split() == giant.split()


def test_a_nonpositive_budget_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        split_into_chunks("text", 0)


# --- the model path, with a fake model layer ----------------------------------------------------


@dataclass
class _Outcome:
    draft: Draft
    usage: Usage = field(default_factory=lambda: Usage(calls=1, attempts=1, prompt_tokens=100))
    prompts: list[PromptRef] = field(
        default_factory=lambda: [PromptRef(name="user.jinja", sha256="ab" * 32)]
    )
    model: str | None = "fake-model"
    raw: str = "{}"


@dataclass
class _FakeModel:
    """Stands in for factcheck.llm: records calls, answers from scripted drafts."""

    drafts: list[Draft] = field(default_factory=list)
    repairs: list[Draft] = field(default_factory=list)
    calls: list[tuple[str, Any]] = field(default_factory=list)

    def draft_summary(self, article: Article, **options: Any) -> _Outcome:
        self.calls.append(("draft", article))
        return _Outcome(self.drafts.pop(0) if self.drafts else extractive_draft(article))

    def merge_drafts(self, article: Article, drafts: list[Draft], **options: Any) -> _Outcome:
        self.calls.append(("merge", drafts))
        return _Outcome(
            Draft(
                headline=drafts[0].headline,
                summary=" ".join(d.summary.split(". ")[0].rstrip(".") + "." for d in drafts[:3]),
                key_points=[p for d in drafts for p in d.key_points][:4],
                claims=[c for d in drafts for c in d.claims][:10],
            )
        )

    def repair_summary(self, article: Article, draft: Draft, findings: Any, **o: Any) -> _Outcome:
        self.calls.append(("repair", (article, findings)))
        return _Outcome(self.repairs.pop(0))

    async def adraft_summary(self, *args: Any, **options: Any) -> _Outcome:
        await asyncio.sleep(0)
        return self.draft_summary(*args, **options)

    async def amerge_drafts(self, *args: Any, **options: Any) -> _Outcome:
        return self.merge_drafts(*args, **options)

    async def arepair_summary(self, *args: Any, **options: Any) -> _Outcome:
        return self.repair_summary(*args, **options)

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.calls]


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> _FakeModel:
    fake = _FakeModel()
    for name in (
        "draft_summary", "merge_drafts", "repair_summary",
        "adraft_summary", "amerge_drafts", "arepair_summary",
    ):  # fmt: skip
        monkeypatch.setattr(llm, name, getattr(fake, name))
    return fake


def _draft(money: str) -> Draft:
    return Draft(
        headline="Allies back Ukraine at Ramstein talks",
        summary=(
            "Defence ministers from 50 countries gathered in Brussels on October 15. "
            f"Germany will give Ukraine an additional {money} in defence aid."
        ),
        key_points=["Shmyhal thanked the United Kingdom for sending 85,000 drones this year."],
        claims=[
            DraftClaim(
                text=f"Germany will give Ukraine an additional {money} in defence aid.",
                quote="Pistorius confirmed that Germany will give Ukraine an additional $2.3 "
                "billion in defence aid.",
                figure=money,
            )
        ],
    )


SETTINGS = {"api_key": "sk-test-not-a-key"}


def test_a_flagged_figure_is_repaired_and_both_rounds_are_kept(fake_model, ramstein) -> None:
    fake_model.drafts = [_draft("$2.5 billion")]
    fake_model.repairs = [_draft("$2.3 billion")]
    result = summarize(ramstein, **SETTINGS)
    assert fake_model.kinds() == ["draft", "repair"]
    assert result.engine == "llm" and result.model == "fake-model"
    first, final = result.rounds
    assert any(c.verdict is Verdict.CONTRADICTED and "2.5" in c.claim for c in first.checks)
    assert all(c.verdict is Verdict.SUPPORTED for c in final.checks)
    assert result.claims == final.checks and result.summary == final.draft
    _, (article, findings) = fake_model.calls[1]
    assert article == ramstein  # a short article goes to the repair call whole
    assert [f.verdict for f in findings] and all(
        f.verdict is not Verdict.SUPPORTED for f in findings
    )
    assert result.usage.calls == 2 and result.usage.prompt_tokens == 200
    assert len(result.provenance.prompts) == 1  # the same template twice is listed once


def test_no_repair_keeps_the_flagged_draft(fake_model, ramstein) -> None:
    fake_model.drafts = [_draft("$2.5 billion")]
    result = summarize(ramstein, repair_rounds=0, **SETTINGS)
    assert fake_model.kinds() == ["draft"]
    assert len(result.rounds) == 1
    assert any(c.verdict is Verdict.CONTRADICTED for c in result.claims)


def test_repair_stops_when_the_rounds_run_out(fake_model, ramstein) -> None:
    fake_model.drafts = [_draft("$2.5 billion")]
    fake_model.repairs = [_draft("$2.6 billion"), _draft("$2.7 billion"), _draft("$2.3 billion")]
    result = summarize(ramstein, repair_rounds=2, **SETTINGS)
    assert fake_model.kinds() == ["draft", "repair", "repair"]
    assert len(result.rounds) == 3
    assert any(c.verdict is Verdict.CONTRADICTED for c in result.claims)


def test_a_repair_that_makes_things_worse_does_not_replace_a_better_draft(
    fake_model, ramstein
) -> None:
    worse = _draft("$2.6 billion")
    worse.summary = worse.summary.replace("50 countries", "60 countries")
    fake_model.drafts = [_draft("$2.5 billion")]
    fake_model.repairs = [worse]
    stages: list[str] = []
    result = summarize(ramstein, progress=stages.append, **SETTINGS)
    first, second = result.rounds
    assert second.draft == worse  # the round is kept for the record...
    assert result.summary == first.draft and result.claims == first.checks  # ...not the result
    assert any("keeping the draft of round 1" in s for s in stages)


def test_a_failed_repair_keeps_the_checked_draft(fake_model, ramstein, monkeypatch) -> None:
    def give_up(*args: Any, **options: Any) -> None:
        raise RetriesExhaustedError("the model kept returning invalid JSON", attempts=3)

    monkeypatch.setattr(llm, "repair_summary", give_up)
    fake_model.drafts = [_draft("$2.5 billion")]
    stages: list[str] = []
    result = summarize(ramstein, progress=stages.append, **SETTINGS)
    assert len(result.rounds) == 1
    assert any(c.verdict is Verdict.CONTRADICTED for c in result.claims)
    assert [r.reason for r in result.usage.retries] == [
        "repair failed: the model kept returning invalid JSON"
    ]
    assert any("repair round 1 failed" in s for s in stages)


def test_a_failed_first_draft_is_an_error(fake_model, ramstein, monkeypatch) -> None:
    def refuse(*args: Any, **options: Any) -> None:
        raise LLMRefusalError("the model refused: I can't help with that")

    monkeypatch.setattr(llm, "draft_summary", refuse)
    with pytest.raises(LLMRefusalError):
        summarize(ramstein, **SETTINGS)


def test_a_clean_draft_needs_no_repair(fake_model, ramstein) -> None:
    fake_model.drafts = [_draft("$2.3 billion")]
    result = summarize(ramstein, repair_rounds=3, **SETTINGS)
    assert fake_model.kinds() == ["draft"]
    assert result.all_supported


def test_an_injected_client_selects_the_llm_engine(fake_model, ramstein) -> None:
    fake_model.drafts = [_draft("$2.3 billion")]
    assert summarize(ramstein, client=object()).engine == "llm"


def test_a_long_article_is_drafted_in_chunks_merged_and_checked_whole(fake_model) -> None:
    text = long_article_text(30_000)
    article = Article(text=text, title="Regional review")
    settings = resolve_settings(api_key="sk-test", context_budget_tokens=8_000)
    stages: list[str] = []
    result = summarize(article, settings=settings, progress=stages.append)
    drafted = [a for kind, a in fake_model.calls if kind == "draft"]
    assert len(drafted) == len(split_into_chunks(text, 8_000)) > 1
    assert all(estimate_tokens(a.text) <= 8_000 and a.text in text for a in drafted)
    assert fake_model.kinds()[-1] == "merge"
    assert any("chunks" in s for s in stages)
    # every quote comes from some chunk, and is checked (and supported) against the whole article
    assert result.claims and all(c.verdict is Verdict.SUPPORTED for c in result.claims)
    assert result.usage.calls == len(drafted) + 1


def test_many_chunks_are_merged_in_rounds(fake_model) -> None:
    text = long_article_text(30_000)
    settings = resolve_settings(api_key="sk-test", context_budget_tokens=1_000)
    summarize(Article(text=text), settings=settings)
    merges = [len(drafts) for kind, drafts in fake_model.calls if kind == "merge"]
    assert len(merges) > 1 and max(merges) <= 8


def test_repair_of_a_long_article_sends_the_paragraphs_that_matter(fake_model) -> None:
    text = long_article_text(30_000)
    first_paragraph = text.split("\n\n")[0]
    quote = first_paragraph.split(". ")[0] + "."
    wrong = Draft(
        headline="Regional review",
        summary="Districts spent a record budget. One survey questioned 999,999 people.",
        claims=[
            DraftClaim(text="A survey questioned 999,999 people.", quote=quote, figure="999,999")
        ],
    )
    fake_model.drafts = [wrong] * 100
    fake_model.repairs = [wrong]
    settings = resolve_settings(api_key="sk-test", context_budget_tokens=8_000)
    summarize(Article(text=text), settings=settings, repair_rounds=1)
    (article, _findings) = next(payload for kind, payload in fake_model.calls if kind == "repair")
    assert estimate_tokens(article.text) <= 8_000
    assert first_paragraph in article.text


def test_asummarize_drafts_chunks_concurrently_with_the_same_result(fake_model) -> None:
    text = long_article_text(12_000)
    settings = resolve_settings(api_key="sk-test", context_budget_tokens=4_000)
    sync = summarize(Article(text=text), settings=settings)
    calls = list(fake_model.calls)
    fake_model.calls.clear()
    concurrent = asyncio.run(asummarize(Article(text=text), settings=settings))
    assert fake_model.kinds() == [kind for kind, _ in calls]
    assert concurrent.summary == sync.summary and concurrent.claims == sync.claims


# --- end to end through cassettes (recorded against the scripted server) ------------------------
# Each test below replays cassettes/test_pipeline/<test name>.yaml. Recorded with
# `pytest tests/test_pipeline.py --record-mode=once` (see cassettes/README.md): the scripted
# server answered each request from the script given, then as a good model would.


def _wrong_money(draft: dict[str, Any]) -> dict[str, Any]:
    """RAMSTEIN_DRAFT with Germany's $2.3 billion misread as $2.5 billion.

    As a model gets it wrong: in the claim, its figure, the summary and the key points, while
    the quote stays the verbatim source sentence (the LLM layer rejects any other quote).
    """
    wrong = json.loads(json.dumps(draft))

    def swap(text: str) -> str:
        return text.replace("$2.3 billion", "$2.5 billion")

    wrong["summary"] = swap(wrong["summary"])
    wrong["key_points"] = [swap(point) for point in wrong["key_points"]]
    for claim in wrong["claims"]:
        claim["text"], claim["figure"] = swap(claim["text"]), swap(claim["figure"])
    return wrong


def _bodies(cassette: Any) -> list[dict[str, Any]]:
    return [json.loads(request.body) for request in cassette.requests]


def _messages_text(body: dict[str, Any]) -> str:
    return "\n".join(str(m.get("content") or "") for m in body["messages"])


@pytest.mark.vcr
def test_pipeline_clean_run_on_the_example(llm_endpoint, vcr, examples_dir) -> None:
    """1 request: a faithful draft of the example is one model call, every figure supported,
    no repair round, prompt names and hashes in the provenance."""
    llm_endpoint.script([reply(RAMSTEIN_DRAFT)])
    result = summarize(examples_dir / "ramstein.html", settings=llm_endpoint.settings())
    assert result.engine == "llm" and result.model == "gpt-4o-mini"
    assert len(vcr.requests) == 1 and result.usage.calls == 1
    assert result.usage.prompt_tokens > 0 and result.usage.completion_tokens > 0
    assert len(result.rounds) == 1, "a clean draft needs no repair"
    listed = [c for c in result.claims if c.origin == "claim"]
    assert len(listed) == len(RAMSTEIN_DRAFT["claims"])
    assert all(c.verdict is Verdict.SUPPORTED for c in result.claims), [
        (c.claim, c.reasons) for c in result.claims if c.verdict is not Verdict.SUPPORTED
    ]
    names = [ref.name for ref in result.provenance.prompts]
    assert names == ["system.jinja", "user.jinja"]
    assert all(len(ref.sha256) == 64 for ref in result.provenance.prompts)


@pytest.mark.vcr
@pytest.mark.scripted_only  # a real model will not plant this error on cue
def test_pipeline_wrong_figure_is_caught_and_repaired(llm_endpoint, vcr, examples_dir) -> None:
    """2 requests: the model writes "$2.5 billion" for the article's $2.3 billion; the checker
    flags it (claim and summary), the repair request carries the findings and the source
    sentence, the repaired draft is all supported, and the JSON keeps both rounds."""
    llm_endpoint.script([reply(_wrong_money(RAMSTEIN_DRAFT)), reply(RAMSTEIN_DRAFT)])
    result = summarize(examples_dir / "ramstein.html", settings=llm_endpoint.settings())
    assert len(vcr.requests) == 2 and result.usage.calls == 2

    data = json.loads(result.model_dump_json())
    first, final = data["rounds"]
    caught = [c for c in first["checks"] if "$2.5 billion" in c["claim"]]
    assert caught and all(c["verdict"] == "contradicted" for c in caught)
    assert {c["origin"] for c in caught} >= {"claim", "summary"}
    assert any("value_mismatch" in c["reasons"] for c in caught)
    assert all(c["verdict"] == "supported" for c in final["checks"])
    assert "$2.3 billion" in data["summary"]["summary"] and "$2.5" not in json.dumps(data["claims"])

    # The repair request carried the findings and the source sentence that bears on them.
    repair_prompt = _messages_text(_bodies(vcr)[1])
    assert "$2.5 billion" in repair_prompt and "contradicted" in repair_prompt
    assert "Pistorius confirmed that Germany will give Ukraine an additional $2.3" in repair_prompt
    assert "repair.jinja" in [ref.name for ref in result.provenance.prompts]


@pytest.mark.vcr
@pytest.mark.scripted_only  # a real model will not plant this error on cue
def test_pipeline_number_in_the_prose_only_is_checked(llm_endpoint, vcr, examples_dir) -> None:
    """1 request: "60 countries" appears only in the summary prose, in no listed claim, and is
    still checked: contradicted, with the source sentence that says 50 as evidence."""
    draft = json.loads(json.dumps(RAMSTEIN_DRAFT))
    draft["summary"] = draft["summary"].replace(
        "Defence ministers from 50 countries met", "Defence ministers from 60 countries met"
    )
    assert "60" not in json.dumps(draft["claims"])
    llm_endpoint.script([reply(draft)])
    result = summarize(
        examples_dir / "ramstein.html", settings=llm_endpoint.settings(), repair_rounds=0
    )
    assert len(vcr.requests) == 1
    flagged = [c for c in result.claims if c.verdict is not Verdict.SUPPORTED]
    assert [c.origin for c in flagged] == ["summary"]
    assert "60 countries" in flagged[0].claim
    assert flagged[0].verdict is Verdict.CONTRADICTED
    assert flagged[0].evidence and "50 countries" in flagged[0].evidence[0].sentence


@pytest.mark.vcr
def test_pipeline_long_article_map_reduce(llm_endpoint, vcr) -> None:
    """One request per chunk, then one merge: a 30,000-word article over the context budget is
    drafted in chunks and merged, and the merged claims are checked against the whole article."""
    article = Article(text=long_article_text(30_000), title=LONG_TITLE)
    settings = llm_endpoint.settings(context_budget_tokens=16_000)
    chunks = split_into_chunks(article.text, 16_000)
    assert article.word_count >= 30_000 and len(chunks) >= 3
    stages: list[str] = []
    result = summarize(article, settings=settings, progress=stages.append, repair_rounds=0)

    bodies = _bodies(vcr)
    assert len(bodies) == len(chunks) + 1  # map: one draft per chunk; reduce: one merge
    for body, chunk in zip(bodies, chunks, strict=False):
        assert chunk.split("\n\n")[0] in _messages_text(body)
    assert "<part" in _messages_text(bodies[-1])
    assert result.usage.calls == len(chunks) + 1
    assert any("merging" in stage for stage in stages)
    # Checked against the whole article: quotes from every part, all supported there.
    listed = [c for c in result.claims if c.origin == "claim"]
    assert len(listed) >= 3
    assert all(c.verdict is Verdict.SUPPORTED for c in listed)
    assert len({c.evidence[0].sentence_span for c in listed}) == len(listed)
    assert max(c.evidence[0].sentence_span[0] for c in listed) > len(chunks[0])


@pytest.mark.vcr
@pytest.mark.scripted_only  # a real model will not plant this error on cue
def test_pipeline_async_wrong_figure_repaired(llm_endpoint, vcr, examples_dir) -> None:
    """2 requests: asummarize catches and repairs the planted figure like summarize."""
    llm_endpoint.script([reply(_wrong_money(RAMSTEIN_DRAFT)), reply(RAMSTEIN_DRAFT)])
    result = asyncio.run(
        asummarize(examples_dir / "ramstein.html", settings=llm_endpoint.settings())
    )
    assert len(vcr.requests) == 2 and len(result.rounds) == 2
    assert result.all_supported
